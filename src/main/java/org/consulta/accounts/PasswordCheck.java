package org.consulta.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Every password check goes through here, under the {@link LogInThrottle}: refused unchecked while
 * the username or the address must wait, counted when wrong, clearing the username's count when
 * right.
 */
@ApplicationScoped
public class PasswordCheck {
  @Inject private Accounts accounts;
  @Inject private LogInThrottle throttle;

  /** The enabled account this password opens; empty when wrong; refused when disabled. */
  public Optional<Account> verify(String username, String password, String address) {
    throttle.check(username, address);
    Optional<Account> account = accounts.byPassword(username, password);
    if (account.isEmpty()) {
      throttle.failed(username, address);
      return account;
    }
    throttle.succeeded(username);
    return account.map(Account::requireEnabled);
  }
}
