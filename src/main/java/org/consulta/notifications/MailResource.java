package org.consulta.notifications;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.Set;
import org.consulta.accounts.Role;
import org.consulta.platform.DomainException;
import org.consulta.platform.QueryParams;
import org.consulta.platform.RequiresRole;

/** The outbox for admins, newest first: each mail's delivery state, attempts and last error. */
@Path("admin/mail")
@Produces(MediaType.APPLICATION_JSON)
@RequiresRole(Role.ADMIN_NAME)
public class MailResource {
  private static final Set<String> STATUSES = Set.of(Outbox.PENDING, Outbox.SENT, Outbox.FAILED);

  @Inject private Outbox outbox;

  @GET
  public Response read(
      @QueryParam("status") String status,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit) {
    Optional<String> wanted = Optional.ofNullable(status).filter(s -> !s.isBlank());
    if (wanted.isPresent() && !STATUSES.contains(wanted.get())) {
      throw DomainException.invalid("status", "status is one of pending, sent, failed");
    }
    Outbox.Page page =
        outbox.read(
            wanted,
            QueryParams.optionalInt("offset", offset, 0, Integer.MAX_VALUE, 0),
            QueryParams.optionalInt("limit", limit, 1, 500, 50));
    return Response.ok(page.entries()).header("X-Total-Count", page.total()).build();
  }
}
