package org.consulta.legislation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.consulta.drafting.Language;
import org.consulta.platform.DomainException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LegislationIndexTest {
  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private LegislationIndex index;

  @BeforeEach
  void indexTheFixedCorpus() throws IOException {
    index = new LegislationIndex(directory);
    index.put(Corpora.records("provisions.jsonl"));
    index.commit(new Watermark(8, 1));
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  private List<String> ids(String q, Language... languages) throws IOException {
    return ids(query(q, Set.of(languages)));
  }

  private List<String> ids(LegislationQuery query) throws IOException {
    return index.search(query).hits().stream().map(ProvisionHit::id).toList();
  }

  private static LegislationQuery query(String q, Set<Language> languages) {
    return new LegislationQuery(
        q, languages, Set.of(), Set.of(), Set.of(), null, null, SearchSort.RELEVANCE, 0, 10);
  }

  @Test
  void aSpanishQueryFindsPluralAndAccentedForms() throws IOException {
    var mujer = ids("mujer", Language.es);
    assertTrue(mujer.contains("cl/es/ley-1/art-1"), mujer.toString());
    assertTrue(mujer.contains("ni/es/const-2014/art-48"), mujer.toString());
    assertEquals(
        List.of("cl/es/ley-1/art-2", "ni/es/const-2014/art-48"), sorted(ids("text:politica")));
    assertEquals(ids("política"), ids("politica"));
    assertEquals(ids("mujeres", Language.es), mujer);
  }

  @Test
  void foldsAccentsAndStemsInEveryLanguage() throws IOException {
    assertEquals(List.of("ca/fr/X-1/s2"), ids("egalite", Language.fr));
    assertEquals(List.of("br/pt/lei-1/art-1"), ids("violencia domestica", Language.pt));
    assertEquals(List.of("ca/en/X-1/s2"), ids("means", Language.en));
    assertEquals(List.of("ca/fr/X-1/s2"), ids("equite salariale"));
  }

  @Test
  void aPhraseDoesNotMatchItsWordsApart() throws IOException {
    assertEquals(
        List.of("cl/es/codigo-1/art-10", "cl/es/ley-1/art-2"), sorted(ids("igualdad género")));
    assertEquals(List.of("cl/es/ley-1/art-2"), ids("\"igualdad de género\""));
    assertEquals(List.of(), ids("\"género igualdad\""));
  }

  @Test
  void booleanOperatorsAndFieldsWork() throws IOException {
    assertEquals(List.of("cl/es/codigo-1/art-10"), ids("igualdad AND NOT política"));
    assertEquals(
        List.of("br/pt/lei-1/art-1", "cl/es/ley-1/art-1"),
        sorted(ids("text:(violencia OR violência)")));
    assertEquals(List.of("ca/en/X-1/s2"), ids("title:purpose"));
    assertEquals(List.of("pe/es/const-1993/art-2"), ids("igualdad AND country:pe"));
    assertEquals(List.of("br/pt/lei-1/art-1"), ids("year:[1900 TO 1960]"));
    assertEquals(List.of("cl/es/codigo-1/art-10"), ids("discrimina*", Language.es).subList(0, 1));
  }

  @Test
  void facetsCountEveryHit() throws IOException {
    var all = index.search(query("", Set.of()));
    assertEquals(8, all.total());
    assertEquals(
        Map.of("CL", 3L, "CA", 2L, "PE", 1L, "NI", 1L, "BR", 1L),
        counts(all.facets().get("country")));
    assertEquals(Map.of("es", 5L, "en", 1L, "fr", 1L, "pt", 1L), counts(all.facets().get("lang")));
    assertEquals(
        Map.of("law", 3L, "code", 1L, "constitution", 2L, "act", 2L),
        counts(all.facets().get("type")));
    assertEquals(
        Map.of("true", 6L, "false", 1L, "unknown", 1L), counts(all.facets().get("inForce")));
    assertEquals(
        Map.of(
            "1950-1979",
            1L,
            "1980-1999",
            1L,
            "2000-2009",
            1L,
            "2010-2019",
            3L,
            "2020 and after",
            2L),
        counts(all.facets().get("year")));
    var igualdad = index.search(query("igualdad", Set.of(Language.es)));
    assertEquals(4, igualdad.total());
    assertEquals(Map.of("CL", 2L, "PE", 1L, "NI", 1L), counts(igualdad.facets().get("country")));
  }

  @Test
  void filtersSortsAndPages() throws IOException {
    var filtered =
        new LegislationQuery(
            "",
            Set.of(),
            Set.of("CL", "PE"),
            Set.of(InstrumentType.LAW, InstrumentType.CONSTITUTION),
            Set.of("true"),
            1990,
            2030,
            SearchSort.YEAR,
            1,
            1);
    var results = index.search(filtered);
    assertEquals(3, results.total());
    assertEquals(1, results.hits().size());
    assertEquals(2024, results.hits().get(0).instrument().year());
    var byYear =
        new LegislationQuery(
            "", Set.of(), Set.of(), Set.of(), Set.of(), null, null, SearchSort.YEAR, 0, 10);
    var years = index.search(byYear).hits().stream().map(h -> h.instrument().year()).toList();
    assertEquals(List.of(2024, 2024, 2018, 2018, 2014, 2000, 1993, 1950), years);
  }

  @Test
  void snippetsAreEscapedHtmlWithOnlyTheMarks() throws IOException {
    var hit = index.search(query("equal", Set.of(Language.en))).hits().get(0);
    assertTrue(hit.snippet().contains("&lt;b&gt;<mark>Equal</mark>&lt;&#x2F;b&gt;"), hit.snippet());
    assertTrue(hit.snippet().contains("&amp;"), hit.snippet());
    assertFalse(hit.snippet().contains("<b>"), hit.snippet());
    var titled = index.search(query("title:purpose", Set.of())).hits().get(0);
    assertEquals("<mark>Purpose</mark>", titled.titleMatch());
    assertEquals("Pay Equity Act", titled.instrument().shortTitle());
  }

  @Test
  void hitsInEveryLanguageAreMarkedWhateverTheFilters() throws IOException {
    var filtered =
        new LegislationQuery(
            "objet OR purpose OR derechos OR mulheres",
            Set.of(),
            Set.of(),
            Set.of(),
            Set.of(),
            1950,
            2020,
            SearchSort.RELEVANCE,
            0,
            10);
    Map<String, ProvisionHit> hits =
        index.search(filtered).hits().stream().collect(Collectors.toMap(ProvisionHit::id, h -> h));
    assertEquals(
        Set.of(
            "ca/en/X-1/s2",
            "ca/fr/X-1/s2",
            "pe/es/const-1993/art-2",
            "ni/es/const-2014/art-48",
            "br/pt/lei-1/art-1"),
        hits.keySet());
    assertEquals("<mark>Purpose</mark>", hits.get("ca/en/X-1/s2").titleMatch());
    assertTrue(hits.get("ca/en/X-1/s2").snippet().contains("<mark>purpose</mark>"));
    assertEquals("<mark>Objet</mark>", hits.get("ca/fr/X-1/s2").titleMatch());
    assertEquals(
        "<mark>Derechos</mark> fundamentales", hits.get("pe/es/const-1993/art-2").headingMatch());
    assertTrue(hits.get("br/pt/lei-1/art-1").snippet().contains("<mark>mulheres</mark>"));
    assertTrue(hits.get("ni/es/const-2014/art-48").snippet().contains("<mark>derechos</mark>"));
    assertEquals(null, hits.get("ni/es/const-2014/art-48").headingMatch());
  }

  @Test
  void aTitleOrHeadingWithoutTheWordsIsNotMarked() throws IOException {
    var hit = index.search(query("\"pay equity\"", Set.of())).hits().get(0);
    assertTrue(hit.snippet().contains("<mark>pay equity</mark>"), hit.snippet());
    assertEquals(null, hit.titleMatch());
    var wildcard = index.search(query("purp*", Set.of(Language.en))).hits().get(0);
    assertEquals("<mark>Purpose</mark>", wildcard.titleMatch());
    var excluded = index.search(query("equity NOT purpose", Set.of(Language.en))).hits();
    assertEquals(List.of(), excluded);
  }

  @Test
  void aMalformedQueryIsAnInvalidQ() {
    for (String q :
        List.of(
            "mujer AND",
            "(igualdad",
            "\"igualdad",
            "*jer",
            "m*",
            "colour:red",
            "title:[a TO b]",
            "/muj.*/",
            "year:dos")) {
      var e = assertThrows(DomainException.class, () -> index.search(query(q, Set.of())), q);
      assertEquals("q", e.field(), q);
      assertEquals(DomainException.Reason.INVALID, e.reason(), q);
    }
  }

  @Test
  void updatesAProvisionInPlaceByItsId() throws IOException {
    var first = Corpora.records("provisions.jsonl").get(0);
    index.put(List.of(withText(first, "Texto nuevo sobre paridad.")));
    index.commit(new Watermark(8, 2));
    assertEquals(8, index.documents());
    assertEquals(List.of("cl/es/ley-1/art-1"), ids("paridad"));
  }

  @Test
  void remembersTheWatermarkItReflects() throws IOException {
    index.close();
    index = new LegislationIndex(directory);
    assertEquals(Optional.of(new Watermark(8, 1)), index.watermark());
    index.put(List.of(withText(Corpora.records("provisions.jsonl").get(0), "x")));
    index.clear();
    index.close();
    index = new LegislationIndex(directory);
    assertEquals(8, index.documents(), "uncommitted changes are dropped on close");
  }

  @Test
  void anEmptyIndexHasNoWatermarkAndFindsNothing() throws IOException {
    try (var empty = new LegislationIndex(new ByteBuffersDirectory())) {
      assertEquals(Optional.empty(), empty.watermark());
      assertEquals(0, empty.search(query("mujer", Set.of())).total());
    }
  }

  private static ProvisionRecord withText(ProvisionRecord r, String text) {
    return new ProvisionRecord(
        r.id(),
        r.country(),
        r.language(),
        r.instrumentId(),
        r.instrumentTitle(),
        r.instrumentShortTitle(),
        r.instrumentType(),
        r.instrumentNumber(),
        r.year(),
        r.inForce(),
        r.label(),
        r.title(),
        r.heading(),
        text,
        r.sourceUrl(),
        r.licence());
  }

  private static List<String> sorted(List<String> ids) {
    return ids.stream().sorted().toList();
  }

  private static Map<String, Long> counts(List<FacetCount> counts) {
    return counts.stream().collect(Collectors.toMap(FacetCount::value, FacetCount::count));
  }
}
