package org.consulta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The print edition and its PDF, rendered inside the deployed engine with its bundled fonts. */
public interface PrintEditionContract extends ApiContract {
  @Test
  default void aRecordedVersionIsPrintedAsAPageAndAsAPdf() {
    String slug = newLaw();
    admin().post("laws/" + slug + "/versions", "{\"label\": \"Borrador 1\"}").expect(201);
    String editions = "laws/" + slug + "/editions?version=1&lang=es,en";

    var html = anonymous().get(editions + "&format=html").expect(200);
    assertTrue(html.header("Content-Type").startsWith("text/html"), html.header("Content-Type"));
    assertEquals(
        "inline; filename=\"" + slug + "_v1_es-en.html\"", html.header("Content-Disposition"));
    assertTrue(html.body().contains("<h1 class=\"title\">Ley de prueba</h1>"), html.body());
    assertTrue(html.body().contains("<td lang=\"en\">"), html.body());
    assertFalse(html.body().contains("<nav"));
    // One policy, the page's own: the application's would block the inline stylesheet.
    assertEquals(
        List.of(
            "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none';"
                + " form-action 'none'; frame-ancestors 'none'"),
        html.response().headers().allValues("Content-Security-Policy"));

    var pdf = anonymous().get(editions + "&format=pdf").expect(200);
    assertEquals("application/pdf", pdf.header("Content-Type"));
    assertEquals(
        "attachment; filename=\"" + slug + "_v1_es-en.pdf\"", pdf.header("Content-Disposition"));
    assertTrue(pdf.body().startsWith("%PDF-"), pdf.body().substring(0, 20));
    assertTrue(pdf.body().strip().endsWith("%%EOF"));
  }

  @Test
  default void theWorkingTextIsPrintedToo() {
    String slug = newLaw();

    var pdf = anonymous().get("laws/" + slug + "/editions?lang=en&format=pdf").expect(200);
    assertTrue(pdf.body().startsWith("%PDF-"));
    assertEquals(
        "attachment; filename=\"" + slug + "_working_en.pdf\"", pdf.header("Content-Disposition"));
  }
}
