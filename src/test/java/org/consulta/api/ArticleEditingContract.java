package org.consulta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

/** Edits name their base revision; concurrent edits merge or conflict, and none is lost. */
public interface ArticleEditingContract extends ApiContract {
  static String edit(String text) {
    return Json.createObjectBuilder().add("text", text).build().toString();
  }

  @Test
  default void anEditWritesANewRevisionAndAnswersItsETag() {
    String slug = newLaw();
    String path = "laws/" + slug + "/articles/art_1?lang=es";
    var reply =
        admin()
            .put(path, edit("La presente Ley garantiza la paridad plena."), "\"es-1\"")
            .expect(200);
    assertEquals("\"es-2\"", reply.header("ETag"));
    var result = reply.json();
    assertTrue(result.getBoolean("changed"));
    assertFalse(result.getBoolean("merged"));
    assertEquals(
        "La presente Ley garantiza la paridad plena.",
        anonymous().get(path).json().getString("text"));
  }

  @Test
  default void anEditWithoutBaseIsRefusedWith428() {
    String slug = newLaw();
    admin()
        .put("laws/" + slug + "/articles/art_1?lang=es", edit("x"), null)
        .problem(428, "If-Match");
  }

  @Test
  default void anEditNamingAnUnknownOrForeignRevisionIsRefusedWith412() {
    String slug = newLaw();
    String path = "laws/" + slug + "/articles/art_1?lang=es";
    admin().put(path, edit("x"), "\"es-7\"").problem(412, "If-Match");
    admin().put(path, edit("x"), "\"en-1\"").problem(412, "If-Match");
    admin().put(path, edit("x"), "W/\"whatever\"").problem(412, "If-Match");
  }

  @Test
  default void editsOfDisjointPassagesOnTheSameBaseMerge() {
    String slug = newLaw();
    String path = "laws/" + slug + "/articles/art_2?lang=es";
    admin()
        .put(
            path,
            edit("1. Paridad es la igualdad sustantiva.\n\n2. Alternancia es el orden."),
            "\"es-1\"")
        .expect(200);
    var merged =
        admin()
            .put(
                path,
                edit("1. Paridad es la igualdad.\n\n2. Alternancia es el orden de género."),
                "\"es-1\"")
            .expect(200)
            .json();
    assertTrue(merged.getBoolean("merged"));
    assertEquals(
        "1. Paridad es la igualdad sustantiva.\n\n2. Alternancia es el orden de género.",
        merged.getJsonObject("article").getString("text"));
    var history = anonymous().get("laws/" + slug + "/articles/art_2/revisions?lang=es").array();
    assertEquals(3, history.size());
    assertTrue(history.getJsonObject(2).getBoolean("merged"));
    assertEquals(1, history.getJsonObject(2).getInt("base"));
  }

  @Test
  default void overlappingEditsConflictWithTheCurrentTextAndNothingIsSaved() {
    String slug = newLaw();
    String path = "laws/" + slug + "/articles/art_1?lang=es";
    admin().put(path, edit("La presente Ley garantiza la igualdad."), "\"es-1\"").expect(200);
    var problem =
        admin()
            .put(path, edit("La presente Ley garantiza la democracia."), "\"es-1\"")
            .problem(409, "text");
    assertEquals(
        "La presente Ley garantiza la igualdad.",
        problem.getJsonObject("current").getString("text"));
    assertEquals(2, problem.getJsonObject("current").getInt("revision"));
    assertFalse(problem.getJsonArray("conflicts").isEmpty());
    assertFalse(problem.getJsonArray("diff").isEmpty());
    assertEquals(
        2, anonymous().get("laws/" + slug + "/articles/art_1/revisions?lang=es").array().size());
  }

  @Test
  default void changingOneLanguageMarksTheOthersUntilUpdatedOrConfirmed() {
    String slug = newLaw();
    String es = "laws/" + slug + "/articles/art_3?lang=es";
    String en = "laws/" + slug + "/articles/art_3?lang=en";
    admin().put(es, edit("Esta Ley entra en vigor a los treinta días."), "\"es-1\"").expect(200);
    var lag = anonymous().get(en).json().getJsonObject("needsUpdate");
    assertEquals("es", lag.getString("sourceLang"));
    assertEquals(2, lag.getInt("sourceRevision"));
    assertFalse(anonymous().get(es).json().containsKey("needsUpdate"));
    admin().put(en, edit("This Law enters into force thirty days later."), "\"en-1\"").expect(200);
    assertFalse(anonymous().get(en).json().containsKey("needsUpdate"));
    assertFalse(anonymous().get(es).json().containsKey("needsUpdate"));

    admin().put(es, edit("Esta Ley entra en vigor a los sesenta días."), "\"es-2\"").expect(200);
    admin().post("laws/" + slug + "/articles/art_3/confirm-translation?lang=en", "").expect(200);
    assertFalse(anonymous().get(en).json().containsKey("needsUpdate"));
  }

  @Test
  default void anEditThatChangesNothingWritesNoRevision() {
    String slug = newLaw();
    String path = "laws/" + slug + "/articles/art_1?lang=en";
    var result =
        admin().put(path, edit("This Law guarantees parity."), "\"en-1\"").expect(200).json();
    assertFalse(result.getBoolean("changed"));
    assertEquals(
        1, anonymous().get("laws/" + slug + "/articles/art_1/revisions?lang=en").array().size());
  }
}
