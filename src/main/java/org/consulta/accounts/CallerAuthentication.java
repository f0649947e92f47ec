package org.consulta.accounts;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.consulta.platform.DomainException;

/**
 * Identifies the caller from HTTP Basic credentials, a bearer API token or a browser session
 * cookie. A request without credentials stays anonymous (reading needs no login); wrong credentials
 * are refused outright, while an expired or unknown cookie just leaves the caller anonymous. A
 * browser sends its cookie on its own, so an unsafe request authenticated by the cookie must also
 * carry the session's CSRF token in {@value #CSRF_HEADER}. Passwords are checked under the log-in
 * throttle; a disabled account is refused whichever credential it presents.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class CallerAuthentication implements ContainerRequestFilter {
  public static final String CSRF_HEADER = "X-CSRF-Token";
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  @Inject private ApiTokens tokens;
  @Inject private PasswordCheck passwords;
  @Inject private BrowserSessions sessions;
  @Context private HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    boolean secure = request.getSecurityContext().isSecure();
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header != null && !header.isBlank()) {
      Account account =
          identify(header.trim())
              .orElseThrow(() -> new NotAuthorizedException("Basic realm=\"consulta\""))
              .requireEnabled();
      request.setSecurityContext(new Caller(account, secure, SecurityContext.BASIC_AUTH));
      return;
    }
    Cookie cookie = request.getCookies().get(SessionResource.COOKIE);
    if (cookie != null && !isLogIn(request)) {
      sessions.find(cookie.getValue()).ifPresent(session -> bySession(request, session, secure));
    }
  }

  /** Logging in proves who it is by its body; a cookie left over from another tab is no matter. */
  private static boolean isLogIn(ContainerRequestContext request) {
    return request.getMethod().equals("POST")
        && request.getUriInfo().getPath().replaceAll("^/|/$", "").equals("session");
  }

  private static void bySession(
      ContainerRequestContext request, BrowserSession session, boolean secure) {
    if (!SAFE_METHODS.contains(request.getMethod())
        && !session.acceptsCsrf(request.getHeaderString(CSRF_HEADER))) {
      throw new DomainException(
          DomainException.Reason.FORBIDDEN,
          CSRF_HEADER,
          "a change made with the session cookie needs the session's " + CSRF_HEADER + " header");
    }
    request.setSecurityContext(new Caller(session.account(), secure, SecurityContext.FORM_AUTH));
  }

  private Optional<Account> identify(String header) {
    int space = header.indexOf(' ');
    if (space < 0) {
      return Optional.empty();
    }
    String scheme = header.substring(0, space);
    String credentials = header.substring(space + 1).trim();
    if (scheme.equalsIgnoreCase("Bearer")) {
      return tokens.byToken(credentials);
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
        : passwords.verify(
            decoded.substring(0, colon),
            decoded.substring(colon + 1),
            servletRequest.getRemoteAddr());
  }

  private record Caller(Account account, boolean secure, String scheme) implements SecurityContext {
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
      return scheme;
    }
  }
}
