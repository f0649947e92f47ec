package org.consulta.consultation;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.consulta.accounts.Role;
import org.consulta.platform.DomainException;
import org.consulta.platform.RequiresRole;

/** The consultation report of a round, as JSON, CSV or a printable HTML page. */
@Path("consultations/{id}/report")
public class ReportResource {
  @Inject private Consultations consultations;
  @Inject private ReportBuilder reports;
  @Inject private Callers callers;

  @GET
  @RequiresRole(Role.DRAFTER_NAME)
  @Produces({MediaType.APPLICATION_JSON, "text/csv", MediaType.TEXT_HTML})
  public Response report(
      @PathParam("id") String id,
      @QueryParam("format") String format,
      @Context SecurityContext security) {
    Consultation round = consultations.find(ConsultationResource.roundId(id));
    String wanted = format == null || format.isBlank() ? "json" : format;
    if (!wanted.equals("json") && !wanted.equals("csv") && !wanted.equals("html")) {
      throw DomainException.invalid("format", "format is 'json', 'csv' or 'html'");
    }
    ConsultationReport report = reports.build(round, callers.of(security));
    return switch (wanted) {
      case "csv" ->
          Response.ok(ReportCsv.render(report), "text/csv; charset=UTF-8")
              .header(
                  HttpHeaders.CONTENT_DISPOSITION,
                  "attachment; filename=\"consultation-" + round.id() + ".csv\"")
              .build();
      case "html" ->
          Response.ok(ReportHtml.render(report), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
              .build();
      default -> Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
    };
  }
}
