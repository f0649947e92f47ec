package org.consulta.audit;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.consulta.accounts.Role;
import org.consulta.platform.DomainException;
import org.consulta.platform.QueryParams;
import org.consulta.platform.RequiresRole;
import org.consulta.platform.WireNames;

/** The audit log, newest first, for administrators only; {@code X-Total-Count} counts matches. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@RequiresRole(Role.ADMIN_NAME)
public class AuditResource {
  private static final Set<String> METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");
  private static final int DEFAULT_LIMIT = 50;
  private static final int MAX_LIMIT = 500;

  @Inject private AuditLog log;

  public record EntryView(
      long id,
      Instant at,
      String actor,
      List<String> roles,
      String method,
      String operation,
      String path,
      String address,
      int status) {
    static EntryView of(AuditEntry e) {
      return new EntryView(
          e.id(),
          e.at(),
          e.actor(),
          e.roles().isEmpty() ? List.of() : List.of(e.roles().split(",")),
          e.method(),
          e.operation(),
          e.path(),
          e.address(),
          e.status());
    }
  }

  @GET
  public Response read(
      @QueryParam("actor") String actor,
      @QueryParam("path") String path,
      @QueryParam("method") String method,
      @QueryParam("status") String status,
      @QueryParam("outcome") String outcome,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit) {
    var query =
        new AuditQuery(
            text(actor),
            text(path),
            text(method).map(AuditResource::method),
            text(status).map(s -> QueryParams.optionalInt("status", s, 100, 599, 0)),
            text(outcome).map(o -> WireNames.parse(AuditQuery.Outcome.class, "outcome", o)),
            text(from).map(f -> instant("from", f)),
            text(to).map(t -> instant("to", t)),
            QueryParams.optionalInt("offset", offset, 0, Integer.MAX_VALUE, 0),
            QueryParams.optionalInt("limit", limit, 1, MAX_LIMIT, DEFAULT_LIMIT));
    AuditLog.Page page = log.read(query);
    return Response.ok(page.entries().stream().map(EntryView::of).toList())
        .header("X-Total-Count", page.total())
        .build();
  }

  private static Optional<String> text(String value) {
    return Optional.ofNullable(value).filter(v -> !v.isBlank());
  }

  private static String method(String value) {
    String upper = value.toUpperCase(Locale.ROOT);
    if (!METHODS.contains(upper)) {
      throw DomainException.invalid("method", "method is one of POST, PUT, PATCH, DELETE");
    }
    return upper;
  }

  private static Instant instant(String name, String value) {
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw DomainException.invalid(
          name, name + " must be an instant with an offset, such as 2026-12-01T00:00:00Z");
    }
  }
}
