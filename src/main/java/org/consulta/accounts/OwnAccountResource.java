package org.consulta.accounts;

import jakarta.inject.Inject;
import jakarta.json.JsonStructure;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.consulta.platform.DomainException;
import org.consulta.platform.JsonFields;
import org.consulta.platform.QueryParams;
import org.consulta.platform.RequiresRole;

/** The caller's own account: who they are, their API tokens, their password. */
@Path("accounts/me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresRole({Role.ADMIN_NAME, Role.DRAFTER_NAME, Role.PARTICIPANT_NAME})
public class OwnAccountResource {
  private static final String DEFAULT_TOKEN_LABEL = "API token";

  @Inject private Accounts accounts;
  @Inject private ApiTokens tokens;
  @Inject private PasswordCheck passwords;

  public record IssuedToken(String token, String label, Instant expiresAt) {}

  /** A token as its owner sees it later: never the secret itself. */
  public record TokenView(
      long id, String label, Instant createdAt, Instant lastUsedAt, Instant expiresAt) {
    static TokenView of(ApiToken token) {
      return new TokenView(
          token.id(),
          token.label(),
          token.createdAt(),
          token.lastUsedAt().orElse(null),
          token.expiresAt().orElse(null));
    }
  }

  @GET
  public AccountResource.AccountView me(@Context SecurityContext security) {
    return AccountResource.AccountView.of(caller(security));
  }

  /** {@code {"label"?, "expiresAt"?}}: the token is in this answer and never again. */
  @POST
  @Path("tokens")
  public Response issueToken(JsonStructure body, @Context SecurityContext security) {
    var fields = body == null ? null : JsonFields.of(body, Set.of("label", "expiresAt"));
    String label =
        fields == null
            ? DEFAULT_TOKEN_LABEL
            : fields.optionalText("label", 200).orElse(DEFAULT_TOKEN_LABEL);
    Optional<Instant> expiresAt =
        fields == null ? Optional.empty() : fields.optionalInstant("expiresAt");
    String token = tokens.issue(caller(security), label, expiresAt);
    return Response.status(Response.Status.CREATED)
        .entity(new IssuedToken(token, label, expiresAt.orElse(null)))
        .build();
  }

  @GET
  @Path("tokens")
  public List<TokenView> tokens(@Context SecurityContext security) {
    return tokens.of(caller(security)).stream().map(TokenView::of).toList();
  }

  @DELETE
  @Path("tokens/{id}")
  public Response revoke(@PathParam("id") String id, @Context SecurityContext security) {
    tokens.revoke(caller(security), QueryParams.requiredPositive("id", id));
    return Response.noContent().build();
  }

  /**
   * {@code {"oldPassword", "newPassword"}}: a wrong old password is 403 and counts as a failed
   * log-in. The browser session the change was made from stays open; others end.
   */
  @PUT
  @Path("password")
  public Response changePassword(
      JsonStructure body,
      @Context SecurityContext security,
      @Context HttpServletRequest request,
      @CookieParam(SessionResource.COOKIE) String cookie) {
    var fields = JsonFields.of(body, Set.of("oldPassword", "newPassword"));
    String oldPassword = fields.requiredText("oldPassword", 200);
    String newPassword = fields.requiredText("newPassword", 200);
    Account me = caller(security);
    passwords
        .verify(me.username(), oldPassword, request.getRemoteAddr())
        .orElseThrow(
            () ->
                new DomainException(
                    DomainException.Reason.FORBIDDEN, "oldPassword", "the old password is wrong"));
    Optional<String> kept =
        Optional.ofNullable(cookie)
            .filter(c -> SecurityContext.FORM_AUTH.equals(security.getAuthenticationScheme()));
    accounts.changePassword(me, newPassword, kept);
    return Response.noContent().build();
  }

  private Account caller(SecurityContext security) {
    return accounts.find(security.getUserPrincipal().getName()).orElseThrow();
  }
}
