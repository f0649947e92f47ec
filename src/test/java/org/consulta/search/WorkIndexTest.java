package org.consulta.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.consulta.drafting.Language;
import org.consulta.legislation.FacetCount;
import org.consulta.platform.DomainException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WorkIndexTest {
  private static final long ANA = 1;
  private static final long BRUNO = 2;
  private static final long DRAFTER = 3;

  private WorkIndex index;

  @BeforeEach
  void indexTwoLawsAndAThread() throws IOException {
    index = new WorkIndex();
    index.putLaw(
        "parity",
        List.of(
            article("parity", "art_1", 1, Language.es, "Objeto", "La Ley garantiza la paridad."),
            article("parity", "art_1", 1, Language.en, "Purpose", "The Law guarantees parity."),
            article("parity", "art_2", 2, Language.es, "Cuotas", "Las listas son alternadas.")));
    index.putLaw(
        "finance",
        List.of(
            article(
                "finance", "art_1", 1, Language.es, "Crédito", "Las mujeres acceden al crédito.")));
    index.putComments(
        List.of(),
        List.of(
            comment(
                10, "comment", ANA, ANA, false, "Falta hablar de las políticas públicas.", null),
            comment(11, "reply", DRAFTER, ANA, false, "Lo revisaremos en la política.", null),
            comment(12, "suggestion", BRUNO, BRUNO, false, "Mejor redacción.", "La Ley asegura."),
            comment(13, "comment", ANA, ANA, true, "Texto ofensivo sobre política.", null),
            comment(14, "reply", DRAFTER, ANA, true, "Respuesta oculta sobre política.", null)));
    index.refresh();
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  private static ArticleRecord article(
      String law, String eId, int number, Language lang, String heading, String text) {
    return new ArticleRecord(law, "Ley " + law, eId, number, lang, 1, heading, text);
  }

  private static CommentRecord comment(
      long id,
      String kind,
      long author,
      long thread,
      boolean hidden,
      String text,
      String proposal) {
    boolean reply = kind.equals("reply");
    return new CommentRecord(
        id,
        kind,
        7,
        "parity",
        "art_1",
        Language.es,
        author,
        thread,
        "Person " + author,
        author == DRAFTER ? null : "civil_society",
        author == DRAFTER ? null : "MX",
        reply ? null : "exact",
        reply ? null : "none",
        hidden,
        text,
        proposal);
  }

  @Test
  void lawsWhoseWorkingTextIsHiddenAreNeverFound() throws IOException {
    var query = new ArticleQuery("", Set.of(), Set.of(), Set.of("parity"), 0, 10);
    var found = index.search(query);
    assertEquals(
        List.of("finance"), found.hits().stream().map(ArticleHit::law).distinct().toList());
    assertEquals(1, found.total());
    var asked = new ArticleQuery("", Set.of("parity"), Set.of(), Set.of("parity"), 0, 10);
    assertEquals(0, index.search(asked).total(), "asking for the law by name finds nothing either");
  }

  private WorkResults<ArticleHit> articles(String q, Set<String> laws, Set<Language> langs)
      throws IOException {
    return index.search(new ArticleQuery(q, laws, langs, Set.of(), 0, 10));
  }

  private List<Long> comments(String q, Viewer viewer) throws IOException {
    return index.search(commentQuery(q, viewer)).hits().stream().map(CommentHit::id).toList();
  }

  private static CommentQuery commentQuery(String q, Viewer viewer) {
    return new CommentQuery(
        q, viewer, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
        0, 10);
  }

  @Test
  void articlesAreFoundByStemmedFoldedWordsWithTheirPlaceAndASnippet() throws IOException {
    var found = articles("garantiza", Set.of(), Set.of());
    assertEquals(1, found.total(), found.toString());
    ArticleHit hit = found.hits().get(0);
    assertEquals("parity", hit.law());
    assertEquals("Ley parity", hit.lawTitle());
    assertEquals("art_1", hit.article());
    assertEquals(1, hit.number());
    assertEquals(Language.es, hit.lang());
    assertEquals("La Ley <mark>garantiza</mark> la paridad.", hit.snippet());
    assertEquals(1, articles("credito", Set.of(), Set.of()).total());
    assertEquals(List.of("finance"), laws(articles("mujer", Set.of(), Set.of())));
  }

  @Test
  void filtersAndFieldsNarrowArticles() throws IOException {
    assertEquals(3, articles("", Set.of("parity"), Set.of()).total());
    assertEquals(1, articles("", Set.of("parity"), Set.of(Language.en)).total());
    assertEquals(1, articles("law", Set.of(), Set.of()).total());
    assertEquals(1, articles("heading:cuotas", Set.of(), Set.of()).total());
    assertEquals(0, articles("text:cuotas", Set.of(), Set.of()).total());
    assertEquals(2, articles("number:1 AND lang:es", Set.of(), Set.of()).total());
    var facets = articles("", Set.of(), Set.of()).facets();
    assertEquals(
        List.of(new FacetCount("parity", 3, null, null), new FacetCount("finance", 1, null, null)),
        facets.get("law"));
    assertEquals(4, facets.get("lang").stream().mapToLong(FacetCount::count).sum());
  }

  @Test
  void aHeadingMatchIsMarked() throws IOException {
    ArticleHit hit = articles("purpose", Set.of(), Set.of()).hits().get(0);
    assertEquals("<mark>Purpose</mark>", hit.headingMatch());
    assertNull(articles("parity", Set.of(), Set.of(Language.en)).hits().get(0).headingMatch());
  }

  @Test
  void aLawRewrittenLosesItsOldWordingAndItsDeletedArticles() throws IOException {
    index.putLaw(
        "parity",
        List.of(
            article("parity", "art_1", 1, Language.es, "Objeto", "La Ley asegura la paridad.")));
    index.refresh();
    assertEquals(0, articles("garantiza", Set.of("parity"), Set.of()).total());
    assertEquals(1, articles("asegura", Set.of("parity"), Set.of()).total());
    assertEquals(0, articles("alternadas", Set.of(), Set.of()).total());
    assertEquals(1, articles("credito", Set.of(), Set.of()).total());
  }

  @Test
  void anArticleRewrittenAloneLeavesTheLawsOtherArticlesAndTheOtherLaws() throws IOException {
    index.putArticle(
        "parity",
        "art_1",
        List.of(
            article("parity", "art_1", 1, Language.es, "Objeto", "La Ley asegura la paridad.")));
    index.refresh();
    assertEquals(0, articles("garantiza", Set.of("parity"), Set.of()).total());
    assertEquals(1, articles("asegura", Set.of("parity"), Set.of()).total());
    assertEquals(0, articles("parity", Set.of(), Set.of(Language.en)).total(), "its English went");
    assertEquals(1, articles("alternadas", Set.of("parity"), Set.of()).total());
    assertEquals(1, articles("acceden", Set.of("finance"), Set.of()).total());

    index.putArticle("finance", "art_1", List.of());
    index.refresh();
    assertEquals(0, articles("", Set.of("finance"), Set.of()).total());
    assertEquals(2, articles("", Set.of("parity"), Set.of()).total());
  }

  @Test
  void aParticipantFindsOnlyTheirThreadsAndHiddenOnlyWhatTheyWrote() throws IOException {
    assertEquals(List.of(10L, 11L, 13L), sorted(comments("politica", new Viewer(ANA, false))));
    assertEquals(List.of(), comments("politica", new Viewer(BRUNO, false)));
    assertEquals(List.of(12L), comments("", new Viewer(BRUNO, false)));
    assertEquals(
        List.of(10L, 11L, 13L, 14L), sorted(comments("politica", new Viewer(DRAFTER, true))));
    var total = index.search(commentQuery("", new Viewer(ANA, false)));
    assertEquals(3, total.total());
    assertEquals(3, total.facets().get("kind").stream().mapToLong(FacetCount::count).sum());
  }

  @Test
  void aSuggestionIsFoundByItsReplacementText() throws IOException {
    var hit = index.search(commentQuery("asegura", new Viewer(DRAFTER, true))).hits();
    assertEquals(1, hit.size());
    assertEquals("suggestion", hit.get(0).kind());
    assertEquals("La Ley <mark>asegura</mark>.", hit.get(0).replacementMatch());
    assertNotNull(hit.get(0).snippet());
    assertEquals("Person 2", hit.get(0).author());
    assertEquals("none", hit.get(0).disposition());
  }

  @Test
  void commentFiltersUseTheIndexSpelling() throws IOException {
    Viewer drafter = new Viewer(DRAFTER, true);
    assertEquals(List.of(12L), comments("kind:suggestion AND country:mx", drafter));
    assertEquals(2, comments("sector:civil_society AND politica", drafter).size());
    var removed = index.search(commentQuery("", drafter)).facets().get("disposition");
    assertEquals(List.of(new FacetCount("none", 3, null, null)), removed);
  }

  @Test
  void aCommentRewrittenOrGoneIsReplaced() throws IOException {
    index.putComments(
        List.of(10L, 13L),
        List.of(comment(10, "comment", ANA, ANA, false, "Ahora sobre presupuesto.", null)));
    index.refresh();
    Viewer drafter = new Viewer(DRAFTER, true);
    assertEquals(List.of(10L), comments("presupuesto", drafter));
    assertEquals(List.of(11L, 14L), sorted(comments("politica", drafter)));
  }

  @Test
  void aCommitKeepsTheDocumentsAndThePositionAndCloseDropsWhatCameAfter() throws IOException {
    var directory = new ByteBuffersDirectory();
    try (WorkIndex kept = new WorkIndex(directory)) {
      assertEquals(Map.of(), kept.committed());
      kept.putComments(List.of(), List.of(comment(20, "comment", ANA, ANA, false, "Uno.", null)));
      kept.position(WorkIndexPosition.commitData("1", 900));
      kept.commit();
      kept.putComments(List.of(), List.of(comment(21, "comment", ANA, ANA, false, "Dos.", null)));
      kept.position(WorkIndexPosition.commitData("1", 950));
    }
    try (WorkIndex reopened = new WorkIndex(directory)) {
      assertEquals(WorkIndexPosition.commitData("1", 900), reopened.committed());
      assertEquals(1, reopened.documents());
    }
  }

  @Test
  void badQueriesAreRefusedOnQ() {
    Viewer drafter = new Viewer(DRAFTER, true);
    for (String q : List.of("politica AND", "*tica", "author:1", "thread_author:1", "/x/")) {
      var e = assertThrows(DomainException.class, () -> comments(q, drafter), q);
      assertEquals("q", e.field());
    }
    var range =
        assertThrows(DomainException.class, () -> articles("text:[a TO b]", Set.of(), Set.of()));
    assertTrue(range.getMessage().contains("ranges"), range.getMessage());
  }

  private static List<String> laws(WorkResults<ArticleHit> results) {
    return results.hits().stream().map(ArticleHit::law).toList();
  }

  private static List<Long> sorted(List<Long> ids) {
    return ids.stream().sorted().toList();
  }
}
