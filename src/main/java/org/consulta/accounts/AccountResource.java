package org.consulta.accounts;

import jakarta.inject.Inject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.consulta.platform.DomainException;
import org.consulta.platform.JsonFields;
import org.consulta.platform.RequiresRole;

/**
 * Accounts, managed by administrators: create, list, change roles, disable or enable, reset a
 * password. Each caller's own account is {@link OwnAccountResource}.
 */
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresRole(Role.ADMIN_NAME)
public class AccountResource {
  private static final Set<String> NEW_ACCOUNT_FIELDS =
      Set.of("username", "displayName", "password", "roles");

  @Inject private Accounts accounts;

  public record AccountView(
      String username, String displayName, List<String> roles, boolean enabled, Instant createdAt) {
    static AccountView of(Account account) {
      return new AccountView(
          account.username(),
          account.displayName(),
          account.roles().stream().map(Role::roleName).sorted().toList(),
          account.isEnabled(),
          account.createdAt());
    }
  }

  @POST
  public Response create(JsonStructure body, @Context UriInfo uri) {
    var fields = JsonFields.of(body, NEW_ACCOUNT_FIELDS);
    String username = fields.requiredText("username", 64);
    Set<Role> roles = roles(fields.requiredTextList("roles", 20));
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
  public List<AccountView> all() {
    return accounts.all().stream().map(AccountView::of).toList();
  }

  @GET
  @Path("{username}")
  public AccountView one(@PathParam("username") String username) {
    return AccountView.of(accounts.existing(username));
  }

  /**
   * Changes an account: {@code "enabled"} (false disables it), {@code "roles"} (the whole set) and
   * {@code "displayName"}, each optional, at least one.
   */
  @PATCH
  @Path("{username}")
  public AccountView change(
      @PathParam("username") String username,
      JsonStructure body,
      @Context SecurityContext security) {
    var fields = JsonFields.of(body, Set.of("enabled", "roles", "displayName"));
    var change =
        new Accounts.Change(
            fields.optionalBoolean("enabled"),
            fields.optionalTextList("roles", 20).map(AccountResource::roles),
            fields.optionalText("displayName", 200));
    if (change.isEmpty()) {
      throw DomainException.invalid(
          "enabled", "nothing to change: give enabled, roles or displayName");
    }
    return AccountView.of(accounts.change(username, change, security.getUserPrincipal().getName()));
  }

  private static Set<Role> roles(List<String> names) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String name : names) {
      roles.add(Role.parse("roles", name));
    }
    return roles;
  }

  /** Sets a new password {@code {"password"}}; the account's sessions and tokens end. */
  @PUT
  @Path("{username}/password")
  public Response resetPassword(@PathParam("username") String username, JsonStructure body) {
    String password = JsonFields.of(body, Set.of("password")).requiredText("password", 200);
    accounts.resetPassword(username, password);
    return Response.noContent().build();
  }
}
