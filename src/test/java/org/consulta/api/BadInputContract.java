package org.consulta.api;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Malformed requests are 4xx problems naming what is wrong, never a 500. */
public interface BadInputContract extends ApiContract {
  @Test
  default void malformedJsonIsA400OnTheBody() {
    String slug = newLaw();
    admin()
        .put("laws/" + slug + "/articles/art_1?lang=es", "{\"text\": ", "\"es-1\"")
        .problem(400, "body", "invalid-format");
  }

  @Test
  default void unknownFieldsAreRefusedByName() {
    String slug = newLaw();
    admin()
        .put(
            "laws/" + slug + "/articles/art_1?lang=es",
            "{\"text\": \"x\", \"colour\": 1}",
            "\"es-1\"")
        .problem(400, "colour", "unknown-field");
  }

  @Test
  default void missingAndMistypedFieldsAreNamed() {
    String slug = newLaw();
    String path = "laws/" + slug + "/articles/art_1?lang=es";
    admin().put(path, "{\"heading\": \"x\"}", "\"es-1\"").problem(400, "text", "required");
    admin().put(path, "{\"text\": 42}", "\"es-1\"").problem(400, "text", "invalid-format");
    admin()
        .put(path, "{\"text\": \"" + "x".repeat(200_001) + "\"}", "\"es-1\"")
        .problem(400, "text", "too-long");
    admin().post("laws/" + slug + "/versions", "{}").problem(400, "label", "required");
  }

  @Test
  default void badNewLawsAreNamedDownToTheNestedField() {
    admin()
        .post(
            "laws",
            "{\"slug\": \"Bad Slug\", \"workUri\": \"/akn/x\", \"topic\": \"t\", \"languages\": {\"es\": {\"title\": \"T\"}}}")
        .problem(400, "slug", "invalid-format");
    admin()
        .post(
            "laws",
            "{\"slug\": \"ok-slug\", \"workUri\": \"/akn/x\", \"topic\": \"t\", \"languages\": {\"es\": {}}}")
        .problem(400, "languages.es.title", "required");
    admin()
        .post(
            "laws",
            "{\"slug\": \"ok-slug\", \"workUri\": \"/akn/x\", \"topic\": \"t\", \"languages\": {\"es\": {\"title\": \"T\"}}, \"divisions\": [{\"eId\": \"chp_1\", \"kind\": \"part\", \"headings\": {}}]}")
        .problem(400, "divisions[0].kind");
    admin().post("laws", "[1, 2]").problem(400, "body");
  }

  @Test
  default void nonNumericRevisionsAreA400() {
    String slug = newLaw();
    anonymous()
        .get("laws/" + slug + "/articles/art_1/revisions/abc?lang=es")
        .problem(400, "n", "invalid-format");
    anonymous().get("laws/" + slug + "/articles/art_1/diff?from=0&to=1").problem(400, "from");
  }

  @Test
  default void unparsableMediaTypeHeadersAreA400NamingTheHeader() {
    String slug = newLaw();
    byte[] body = "{\"label\": \"v\"}".getBytes(StandardCharsets.UTF_8);
    for (String type : List.of("no-slash", "application/json; charset=")) {
      admin()
          .send("POST", "laws/" + slug + "/versions", body, type, Map.of())
          .problem(400, "Content-Type");
    }
    anonymous()
        .send("GET", "laws/" + slug, null, null, Map.of("Accept", "application/json;q=abc"))
        .problem(400, "Accept");
  }

  @Test
  default void anAcceptThatNoWriterServesIsA406EvenInASubResource() {
    String slug = newLaw();
    anonymous()
        .send(
            "GET",
            "laws/" + slug + "/articles/art_1/revisions?lang=es",
            null,
            null,
            Map.of("Accept", "application/xml"))
        .problem(406, null);
  }
}
