package org.consulta.accounts;

import jakarta.inject.Inject;
import jakarta.json.JsonStructure;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.consulta.platform.DomainException;
import org.consulta.platform.JsonFields;

/**
 * Browser log-in: a password buys an HttpOnly, SameSite=Strict cookie and the CSRF token that the
 * page repeats on every unsafe request. Scripts keep using Basic or bearer tokens.
 */
@Path("session")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {
  public static final String COOKIE = "consulta_session";

  /** The request attribute naming who just logged in, for a log-in has no caller yet. */
  public static final String LOGGED_IN = "consulta.loggedIn";

  private static final Set<String> LOGIN_FIELDS = Set.of("username", "password");

  @Inject private BrowserSessions sessions;

  public record SessionView(
      String username, String displayName, List<String> roles, String csrfToken) {
    static SessionView of(BrowserSession session) {
      Account account = session.account();
      return new SessionView(
          account.username(),
          account.displayName(),
          account.roles().stream().map(Role::roleName).sorted().toList(),
          session.csrfToken());
    }
  }

  @POST
  public Response logIn(
      JsonStructure body, @Context UriInfo uri, @Context HttpServletRequest request) {
    var fields = JsonFields.of(body, LOGIN_FIELDS);
    String username = fields.requiredText("username", 64);
    String password = fields.requiredText("password", 200);
    var opened =
        sessions
            .open(username, password, request.getRemoteAddr())
            .orElseThrow(() -> unauthenticated("wrong username or password"));
    request.setAttribute(LOGGED_IN, opened.session().account());
    long maxAge = sessions.lifetime().toSeconds();
    return Response.ok(SessionView.of(opened.session()))
        .cookie(cookie(opened.token(), (int) maxAge, uri))
        .build();
  }

  @GET
  public SessionView current(@CookieParam(COOKIE) String token) {
    return sessions
        .find(token)
        .map(SessionView::of)
        .orElseThrow(() -> unauthenticated("no browser session"));
  }

  @DELETE
  public Response logOut(@CookieParam(COOKIE) String token, @Context UriInfo uri) {
    sessions.close(token);
    return Response.noContent().cookie(cookie("", 0, uri)).build();
  }

  private static NewCookie cookie(String value, int maxAge, UriInfo uri) {
    return new NewCookie.Builder(COOKIE)
        .value(value)
        .path("/")
        .maxAge(maxAge)
        .httpOnly(true)
        .sameSite(NewCookie.SameSite.STRICT)
        .secure("https".equalsIgnoreCase(uri.getRequestUri().getScheme()))
        .build();
  }

  private static DomainException unauthenticated(String message) {
    return new DomainException(DomainException.Reason.UNAUTHENTICATED, null, message);
  }
}
