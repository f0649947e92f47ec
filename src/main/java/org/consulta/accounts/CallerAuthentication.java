package org.consulta.accounts;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Optional;

/**
 * Identifies the caller from HTTP Basic credentials or a bearer API token. A request without
 * credentials stays anonymous (reading needs no login); wrong credentials are refused outright.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class CallerAuthentication implements ContainerRequestFilter {
  @Inject private Accounts accounts;

  @Override
  public void filter(ContainerRequestContext request) {
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null || header.isBlank()) {
      return;
    }
    Account account =
        identify(header.trim())
            .orElseThrow(() -> new NotAuthorizedException("Basic realm=\"consulta\""));
    boolean secure = request.getSecurityContext().isSecure();
    request.setSecurityContext(new Caller(account, secure));
  }

  private Optional<Account> identify(String header) {
    int space = header.indexOf(' ');
    if (space < 0) {
      return Optional.empty();
    }
    String scheme = header.substring(0, space);
    String credentials = header.substring(space + 1).trim();
    if (scheme.equalsIgnoreCase("Bearer")) {
      return accounts.byToken(credentials);
    }
    if (scheme.equalsIgnoreCase("Basic")) {
      return basic(credentials);
    }
    return Optional.empty();
  }

  private Optional<Account> basic(String credentials) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    return colon < 0
        ? Optional.empty()
        : accounts.byPassword(decoded.substring(0, colon), decoded.substring(colon + 1));
  }

  private record Caller(Account account, boolean secure) implements SecurityContext {
    @Override
    public Principal getUserPrincipal() {
      return account::username;
    }

    @Override
    public boolean isUserInRole(String role) {
      return account.roles().stream().anyMatch(r -> r.roleName().equals(role));
    }

    @Override
    public boolean isSecure() {
      return secure;
    }

    @Override
    public String getAuthenticationScheme() {
      return SecurityContext.BASIC_AUTH;
    }
  }
}
