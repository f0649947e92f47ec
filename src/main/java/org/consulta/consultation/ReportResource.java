package org.consulta.consultation;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.consulta.accounts.Role;
import org.consulta.drafting.Language;
import org.consulta.platform.DomainException;
import org.consulta.platform.RequiresRole;
import org.consulta.publication.PrintFrame;
import org.consulta.publication.RenderGate;

/**
 * The consultation report of a round in one language ({@code lang}: es or en; the round's first
 * language by default) and one format: JSON (the model), CSV ({@code bom=true} for Excel), the
 * printable HTML page, PDF or Word.
 */
@Path("consultations/{id}/report")
public class ReportResource {
  @Inject private Consultations consultations;
  @Inject private ReportBuilder reports;
  @Inject private Callers callers;
  @Inject private RenderGate gate;

  @GET
  @RequiresRole(Role.DRAFTER_NAME)
  @Produces({"application/json", "*/*"})
  public Response report(
      @PathParam("id") String id,
      @QueryParam("format") String format,
      @QueryParam("lang") String lang,
      @QueryParam("bom") String bom,
      @Context SecurityContext security) {
    ReportFormat chosen = ReportFormat.parse("format", format);
    Consultation round = consultations.find(ConsultationResource.roundId(id));
    Language language = ReportWords.parse("lang", lang, round.languages().get(0));
    boolean withBom = flag("bom", bom);
    ConsultationReport report = reports.build(round, callers.of(security), language);
    Response.ResponseBuilder response =
        switch (chosen) {
          case JSON -> Response.ok(report);
          case CSV -> Response.ok(streamed(csv -> ReportCsv.write(report, withBom, csv)));
          case HTML ->
              Response.ok(streamed(page -> ReportPrint.write(report, page)))
                  .header("Content-Security-Policy", PrintFrame.CONTENT_SECURITY_POLICY);
          case PDF -> Response.ok(bounded(() -> ReportPdf.render(report)));
          case DOCX -> Response.ok(bounded(() -> ReportDocx.render(report)));
        };
    return response
        .type(chosen.mediaType())
        .header(HttpHeaders.CONTENT_LANGUAGE, language.name())
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition(report, chosen))
        .build();
  }

  private static boolean flag(String field, String value) {
    if (value == null || value.isBlank() || value.equals("false")) {
      return false;
    }
    if (value.equals("true")) {
      return true;
    }
    throw DomainException.invalid(field, field + " is 'true' or 'false'");
  }

  /** PDF and Word take a renderer's time: as many at once as editions may take. */
  private byte[] bounded(Supplier<byte[]> render) {
    return gate.render(render);
  }

  /**
   * Text written to the response as it is made: the report of a hundred thousand contributions is
   * tens of megabytes, which neither a string nor its bytes need to hold.
   */
  private static StreamingOutput streamed(Consumer<Writer> text) {
    return body -> {
      Writer writer =
          new BufferedWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8), 64 * 1024);
      text.accept(writer);
      writer.flush();
    };
  }

  /** {@code parity_round-3_es.pdf}: the law, the round and the language. */
  private static String disposition(ConsultationReport report, ReportFormat format) {
    return (format.download() ? "attachment" : "inline")
        + "; filename=\""
        + report.round().law()
        + "_round-"
        + report.round().id()
        + "_"
        + report.language().name()
        + "."
        + format.extension()
        + "\"";
  }
}
