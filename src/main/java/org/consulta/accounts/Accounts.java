package org.consulta.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.consulta.platform.DomainException;

/** Creates accounts and tells who a caller is from a password or an API token. */
@ApplicationScoped
@Transactional
public class Accounts {
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
  private static final int MIN_PASSWORD = 10;

  @PersistenceContext private EntityManager em;
  @Inject private Pbkdf2PasswordHash passwordHash;
  @Inject private Clock clock;
  private String decoyHash;

  @PostConstruct
  void configureHash() {
    passwordHash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "100000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "16"));
    decoyHash = passwordHash.generate(Secrets.random(15).toCharArray());
  }

  public Account create(String username, String displayName, String password, Set<Role> roles) {
    if (!USERNAME.matcher(username).matches()) {
      throw DomainException.invalid(
          "username", "a username is 2 to 64 lower-case letters, digits, '.', '_' or '-'");
    }
    if (password.length() < MIN_PASSWORD) {
      throw DomainException.invalid(
          "password", "a password needs at least " + MIN_PASSWORD + " characters");
    }
    if (roles.isEmpty()) {
      throw DomainException.invalid("roles", "an account needs at least one role");
    }
    if (find(username).isPresent()) {
      throw new DomainException(
          DomainException.Reason.CONFLICT, "username", "username '" + username + "' is taken");
    }
    var account =
        new Account(
            username,
            displayName,
            passwordHash.generate(password.toCharArray()),
            roles,
            clock.instant());
    em.persist(account);
    return account;
  }

  public List<Account> all() {
    return em.createQuery("select a from Account a order by a.username", Account.class)
        .getResultList();
  }

  public Optional<Account> find(String username) {
    return em.createQuery("select a from Account a where a.username = :u", Account.class)
        .setParameter("u", username)
        .getResultStream()
        .findFirst();
  }

  /**
   * The account whose password this is. An unknown username costs a hash check too, so that the
   * time taken does not tell which usernames exist.
   */
  public Optional<Account> byPassword(String username, String password) {
    Optional<Account> account = find(username);
    String hash = account.map(Account::passwordHash).orElse(decoyHash);
    boolean matches = passwordHash.verify(password.toCharArray(), hash);
    return account.filter(a -> matches);
  }

  public Optional<Account> byToken(String token) {
    return em.createQuery("select t from ApiToken t where t.tokenHash = :h", ApiToken.class)
        .setParameter("h", Secrets.sha256(token))
        .getResultStream()
        .findFirst()
        .map(ApiToken::account);
  }

  /** Returns the new token; it is not kept, so this is the only time anyone sees it. */
  public String issueToken(Account account, String label) {
    String token = Secrets.random(32);
    em.persist(new ApiToken(em.merge(account), Secrets.sha256(token), label, clock.instant()));
    return token;
  }

  static String generatePassword() {
    return Secrets.random(15);
  }
}
