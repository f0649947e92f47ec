package org.consulta.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.SecurityContext;
import org.consulta.accounts.Accounts;
import org.consulta.accounts.Role;

/** Turns the authenticated principal of a request into a {@link Caller}. */
@ApplicationScoped
public class Callers {
  @Inject private Accounts accounts;

  public Caller of(SecurityContext security) {
    return new Caller(
        accounts.find(security.getUserPrincipal().getName()).orElseThrow(),
        security.isUserInRole(Role.DRAFTER_NAME));
  }
}
