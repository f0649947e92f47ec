package org.consulta.accounts;

import jakarta.inject.Inject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.consulta.platform.JsonFields;
import org.consulta.platform.RequiresRole;

/** Accounts, managed by administrators; anyone logged in can see themselves and take a token. */
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountResource {
  private static final Set<String> NEW_ACCOUNT_FIELDS =
      Set.of("username", "displayName", "password", "roles");

  private static final String DEFAULT_TOKEN_LABEL = "API token";

  @Inject private Accounts accounts;

  public record AccountView(
      String username, String displayName, List<String> roles, Instant createdAt) {
    static AccountView of(Account account) {
      return new AccountView(
          account.username(),
          account.displayName(),
          account.roles().stream().map(Role::roleName).sorted().toList(),
          account.createdAt());
    }
  }

  public record IssuedToken(String token, String label) {}

  @POST
  @RequiresRole(Role.ADMIN_NAME)
  public Response create(JsonStructure body, @Context UriInfo uri) {
    var fields = JsonFields.of(body, NEW_ACCOUNT_FIELDS);
    String username = fields.requiredText("username", 64);
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String name : fields.requiredTextList("roles", 20)) {
      roles.add(Role.parse("roles", name));
    }
    Account account =
        accounts.create(
            username,
            fields.optionalText("displayName", 200).orElse(username),
            fields.requiredText("password", 200),
            roles);
    return Response.created(uri.getAbsolutePathBuilder().path(username).build())
        .entity(AccountView.of(account))
        .build();
  }

  @GET
  @RequiresRole(Role.ADMIN_NAME)
  public List<AccountView> all() {
    return accounts.all().stream().map(AccountView::of).toList();
  }

  @GET
  @Path("me")
  @RequiresRole({Role.ADMIN_NAME, Role.DRAFTER_NAME, Role.PARTICIPANT_NAME})
  public AccountView me(@Context SecurityContext security) {
    return AccountView.of(caller(security));
  }

  @POST
  @Path("me/tokens")
  @RequiresRole({Role.ADMIN_NAME, Role.DRAFTER_NAME, Role.PARTICIPANT_NAME})
  public Response issueToken(JsonStructure body, @Context SecurityContext security) {
    String label =
        body == null
            ? DEFAULT_TOKEN_LABEL
            : JsonFields.of(body, Set.of("label"))
                .optionalText("label", 200)
                .orElse(DEFAULT_TOKEN_LABEL);
    String token = accounts.issueToken(caller(security), label);
    return Response.status(Response.Status.CREATED).entity(new IssuedToken(token, label)).build();
  }

  private Account caller(SecurityContext security) {
    return accounts.find(security.getUserPrincipal().getName()).orElseThrow();
  }
}
