package org.consulta.consultation;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
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
  @Inject private RenderGate gate;

  @GET
  @RequiresRole(Role.DRAFTER_NAME)
  @Produces({"application/json", "*/*"})
  public Response report(
      @PathParam("id") String id,
      @QueryParam("format") String format,
      @QueryParam("lang") String lang,
      @QueryParam("bom") String bom) {
    ReportFormat chosen = ReportFormat.parse("format", format);
    Consultation round = consultations.find(ConsultationResource.roundId(id));
    Language language = ReportWords.parse("lang", lang, round.languages().get(0));
    boolean withBom = flag("bom", bom);
    Response.ResponseBuilder response =
        switch (chosen) {
          case JSON -> Response.ok(streamed(round, language, ReportJson::write));
          case CSV ->
              Response.ok(
                  streamed(
                      round,
                      language,
                      (report, out) -> text(out, w -> ReportCsv.write(report, withBom, w))));
          case HTML ->
              Response.ok(
                      streamed(
                          round,
                          language,
                          (report, out) -> text(out, w -> ReportPrint.write(report, w))))
                  .header("Content-Security-Policy", PrintFrame.CONTENT_SECURITY_POLICY);
          case PDF -> Response.ok(gate.streamed(streamed(round, language, ReportPdf::write)));
          case DOCX -> Response.ok(gate.streamed(streamed(round, language, ReportDocx::write)));
        };
    return response
        .type(chosen.mediaType())
        .header(HttpHeaders.CONTENT_LANGUAGE, language.name())
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition(round, language, chosen))
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

  private interface Renderer {
    void write(ConsultationReport report, OutputStream out) throws IOException;
  }

  /**
   * The report written to the response as it is read and made: the report of a hundred thousand
   * contributions is tens of megabytes, which neither a string nor its bytes need to hold.
   */
  private StreamingOutput streamed(Consultation round, Language language, Renderer renderer) {
    return body ->
        reports.build(
            round,
            language,
            report -> {
              try {
                renderer.write(report, body);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              return null;
            });
  }

  private static void text(OutputStream out, Consumer<Writer> text) throws IOException {
    Writer writer =
        new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
    text.accept(writer);
    writer.flush();
  }

  /** {@code parity_round-3_es.pdf}: the law, the round and the language. */
  private static String disposition(Consultation round, Language language, ReportFormat format) {
    return (format.download() ? "attachment" : "inline")
        + "; filename=\""
        + round.law().slug()
        + "_round-"
        + round.id()
        + "_"
        + language.name()
        + "."
        + format.extension()
        + "\"";
  }
}
