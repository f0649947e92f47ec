package org.consulta.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.json.JsonObject;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The PostgreSQL side of the legislation benchmark, on the engine's test provisions. */
class PostgresSearchTest {
  private static EmbeddedPostgres postgres;
  private static Connection db;

  @BeforeAll
  static void load() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    db = PostgresSearchServer.connect(postgres.getJdbcUrl("postgres", "postgres"));
    var loaded = PostgresCorpus.load(db, fixture());
    assertEquals(8, loaded.provisions());
    assertTrue(loaded.unaccent());
  }

  private static Path fixture() throws URISyntaxException {
    return Path.of(PostgresSearchTest.class.getResource("/legislation/provisions.jsonl").toURI());
  }

  @AfterAll
  static void stop() throws Exception {
    db.close();
    postgres.close();
  }

  private static JsonObject search(String query) throws Exception {
    return new PostgresSearch(PostgresRequest.parse(query)).run(db);
  }

  private static List<String> ids(JsonObject result) {
    return result.getJsonArray("hits").getValuesAs(JsonObject.class).stream()
        .map(h -> h.getString("id"))
        .sorted()
        .toList();
  }

  private static Map<String, Long> facet(JsonObject result, String name) {
    return result.getJsonObject("facets").getJsonArray(name).getValuesAs(JsonObject.class).stream()
        .collect(
            Collectors.toMap(f -> f.getString("value"), f -> f.getJsonNumber("count").longValue()));
  }

  @Test
  void findsAccentedWordsTypedWithoutAccentsInTheirOwnLanguage() throws Exception {
    var result = search("q=politica&lang=es");
    assertTrue(ids(result).containsAll(List.of("cl/es/ley-1/art-2", "ni/es/const-2014/art-48")));
    assertEquals(ids(result).size(), result.getInt("total"));
    assertEquals(Map.of("es", (long) ids(result).size()), facet(result, "lang"));
    assertEquals(List.of(), ids(search("q=politica&lang=en")));
    assertTrue(
        result.getJsonArray("hits").getJsonObject(0).getString("snippet").contains("<mark>"));
  }

  @Test
  void countsFacetsOverEveryMatchAndFilters() throws Exception {
    var all = search("q=igualdad&limit=1");
    assertEquals(1, all.getJsonArray("hits").size());
    assertEquals(4, all.getInt("total"));
    assertEquals(Map.of("CL", 2L, "PE", 1L, "NI", 1L), facet(all, "country"));
    assertEquals(Map.of("true", 2L, "false", 1L, "unknown", 1L), facet(all, "inForce"));
    assertEquals(
        Map.of("1980-1999", 1L, "2000-2009", 1L, "2010-2019", 1L, "2020 and after", 1L),
        facet(all, "year"));
    var filtered = search("q=igualdad&country=cl,ni&yearFrom=2010&inForce=unknown");
    assertEquals(List.of("ni/es/const-2014/art-48"), ids(filtered));
  }

  @Test
  void phrasesOrAndNotAndTitlesAreMarked() throws Exception {
    assertEquals(List.of("cl/es/ley-1/art-2"), ids(search("q=%22igualdad+de+g%C3%A9nero%22")));
    // Spanish stemming makes "objet" match "objeto": each language is searched its own way
    assertEquals(
        List.of("ca/en/X-1/s2", "ca/fr/X-1/s2", "cl/es/ley-1/art-1"),
        ids(search("q=purpose+or+objet")));
    assertEquals(
        List.of("cl/es/codigo-1/art-10", "cl/es/ley-1/art-2"),
        ids(search("q=igualdad+g%C3%A9nero")));
    assertEquals(
        List.of("cl/es/codigo-1/art-10"), ids(search("q=igualdad+g%C3%A9nero+-pol%C3%ADtica")));
    var titled = search("q=purpose").getJsonArray("hits").getJsonObject(0);
    assertEquals("<mark>Purpose</mark>", titled.getString("titleMatch"));
    assertNull(titled.get("headingMatch"));
  }
}
