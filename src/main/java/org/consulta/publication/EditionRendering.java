package org.consulta.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.nio.charset.StandardCharsets;
import org.consulta.platform.DomainException;

/** Turns an edition into the bytes of one format. */
@ApplicationScoped
public class EditionRendering {
  private final Jsonb jsonb = JsonbBuilder.create();

  public byte[] render(Edition edition, EditionFormat format) {
    return switch (format) {
      case JSON -> json(edition);
      case DOCX -> DocxEdition.render(edition);
      case HTML -> PrintEdition.of(edition).xhtml().getBytes(StandardCharsets.UTF_8);
      case PDF -> PdfEdition.of(edition);
      case AKN -> AknExport.render(edition);
    };
  }

  public byte[] render(Comparison comparison, EditionFormat format) {
    return switch (format) {
      case JSON -> json(comparison);
      case DOCX -> ComparisonDocx.render(comparison);
      case HTML, PDF ->
          throw DomainException.invalid(
              "format", "the comparative table is not published as " + format.code() + " yet");
      case AKN -> throw new IllegalArgumentException("no comparative table in " + format);
    };
  }

  private byte[] json(Object document) {
    return jsonb.toJson(document).getBytes(StandardCharsets.UTF_8);
  }
}
