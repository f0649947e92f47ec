package org.consulta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The thesaurus through the API: searches widened across languages, comparable provisions. */
public interface CrossLanguageContract extends LegislationFixture {
  /** One JSON Lines record of provision {@code id} ({@code <country>/<lang>/<instrument>/<n>}). */
  default String provision(String id, String text) {
    String[] parts = id.split("/");
    return """
        {"id": "%s", "country": "%s", "language": "%s", "instrument_id": "%s/%s", "instrument_title": "Test %s", "instrument_short_title": null, "instrument_type": "act", "instrument_number": "1", "year": 2020, "in_force": true, "provision_label": "%s", "provision_title": null, "heading": null, "text": "%s", "source_url": null, "licence": "test"}"""
        .formatted(
            id, parts[0].toUpperCase(), parts[1], parts[0], parts[2], parts[2], parts[3], text);
  }

  private JsonObject search(String q, String more) {
    return anonymous()
        .get("legislation/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + more)
        .expect(200)
        .json();
  }

  private static List<String> ids(JsonObject results, String array) {
    return results.getJsonArray(array).getValuesAs(JsonObject.class).stream()
        .map(hit -> hit.getString("id"))
        .toList();
  }

  @Test
  default void aFrenchQueryReachesTheEnglishVersionOfTheSameAct() {
    String tag = "t" + Long.toHexString(System.nanoTime());
    String english = "ca/en/" + tag + "/1";
    String french = "ca/fr/" + tag + "/1";
    imported(
        "legislation/imports",
        provision(english, "Employers shall achieve pay equity for women. " + tag)
            + "\n"
            + provision(french, "Les employeurs réalisent l'équité salariale des femmes. " + tag)
            + "\n",
        "application/x-ndjson");
    // words are ranked, not all required: what holds the tag as well comes first
    JsonObject widened = search("équité salariale " + tag, "");
    assertEquals(List.of(french, english), ids(widened, "hits").subList(0, 2), widened.toString());
    JsonObject expansion = widened.getJsonArray("expansions").getJsonObject(0);
    assertEquals("equal-pay", expansion.getString("concept"));
    assertEquals("fr", expansion.getString("lang"));
    assertEquals("équité salariale", expansion.getString("matched"));
    assertEquals(english, ids(search("Équité salariale " + tag, "&lang=en"), "hits").get(0));
    JsonObject plain = search("équité salariale " + tag, "&expand=false");
    assertEquals(french, ids(plain, "hits").get(0));
    assertFalse(ids(plain, "hits").contains(english), plain.toString());
    assertTrue(plain.getJsonArray("expansions").isEmpty());
  }

  @Test
  default void aSpanishQueryReachesPortuguese() {
    String tag = "t" + Long.toHexString(System.nanoTime());
    String portuguese = "br/pt/" + tag + "/1";
    imported(
        "legislation/imports",
        provision(portuguese, "As mulheres e os homens são iguais em direitos. " + tag) + "\n",
        "application/x-ndjson");
    assertEquals(List.of(portuguese), ids(search("mujeres " + tag, ""), "hits"));
    assertEquals(0, search("mujeres " + tag, "&expand=false").getInt("total"));
    anonymous().get("legislation/search?q=mujer&expand=yes").problem(400, "expand");
  }

  @Test
  default void anArticleFindsComparableProvisionsInEveryLanguage() {
    String tag = "t" + Long.toHexString(System.nanoTime());
    String spanish = "zp/es/" + tag + "/1";
    String unrelated = "zp/es/" + tag + "/2";
    String portuguese = "zp/pt/" + tag + "/1";
    String french = "zp/fr/" + tag + "/1";
    imported(
        "legislation/imports",
        String.join(
            "\n",
            provision(
                spanish,
                "Las listas de candidaturas se integran de forma paritaria y alternada entre"
                    + " mujeres y hombres."),
            provision(unrelated, "El impuesto territorial se paga en cuatro cuotas anuales."),
            provision(
                portuguese,
                "As listas de candidatos dos partidos observarão a paridade e a alternância."),
            provision(french, "Les listes de candidats respectent la parité et l'alternance."),
            ""),
        "application/x-ndjson");
    JsonObject results =
        anonymous().get("laws/parity/articles/art_3/comparable?country=ZP").expect(200).json();
    List<String> found = ids(results, "provisions");
    assertTrue(found.containsAll(List.of(spanish, portuguese, french)), results.toString());
    assertFalse(found.contains(unrelated), results.toString());
    assertEquals(List.of("es", "en"), strings(results, "compared"));
    assertTrue(
        strings(results, "concepts")
            .containsAll(List.of("electoral-list", "parity", "alternation")),
        results.toString());
    JsonObject carried = provision(results, portuguese);
    assertEquals("thesaurus", carried.getString("via"));
    assertEquals("pt", carried.getString("lang"));
    assertEquals("ZP", carried.getString("country"));
    assertEquals("zp/" + tag, carried.getJsonObject("instrument").getString("id"));
    assertTrue(strings(carried, "concepts").containsAll(List.of("parity", "alternation")));
    assertTrue(carried.getString("snippet").contains("<mark>"), carried.toString());
    assertEquals("text", provision(results, spanish).getString("via"));
    JsonObject onlyFrench =
        anonymous()
            .get("laws/parity/articles/art_3/comparable?country=ZP&lang=fr&limit=1")
            .expect(200)
            .json();
    assertEquals(List.of(french), ids(onlyFrench, "provisions"));
  }

  private static JsonObject provision(JsonObject results, String id) {
    return results.getJsonArray("provisions").getValuesAs(JsonObject.class).stream()
        .filter(p -> p.getString("id").equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> strings(JsonObject object, String name) {
    return object.getJsonArray(name).getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  @Test
  default void comparableProvisionsNameWhatIsWrong() {
    anonymous().get("laws/no-such-law/articles/art_3/comparable").problem(404, "law");
    anonymous().get("laws/parity/articles/art_99/comparable").problem(404, "eId");
    anonymous().get("laws/parity/articles/art_3/comparable?limit=51").problem(400, "limit");
    anonymous().get("laws/parity/articles/art_3/comparable?lang=de").problem(400, "lang");
    anonymous().get("laws/parity/articles/art_3/comparable?colour=red").problem(400, "colour");
    assertEquals(
        "art_3",
        anonymous().get("laws/parity/articles/art_3?lang=es").expect(200).json().getString("eId"));
  }
}
