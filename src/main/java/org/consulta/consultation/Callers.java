package org.consulta.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.SecurityContext;
import org.consulta.accounts.Accounts;
import org.consulta.accounts.Role;

/** Turns the principal of a request, if any, into a {@link Caller}. */
@ApplicationScoped
public class Callers {
  @Inject private Accounts accounts;

  /** The caller, anonymous when nobody logged in. */
  public Caller of(SecurityContext security) {
    if (security.getUserPrincipal() == null) {
      return Caller.anonymous();
    }
    return new Caller(
        accounts.find(security.getUserPrincipal().getName()).orElseThrow(),
        security.isUserInRole(Role.DRAFTER_NAME));
  }
}
