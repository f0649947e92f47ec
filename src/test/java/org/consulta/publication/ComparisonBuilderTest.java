package org.consulta.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.consulta.drafting.LawComparison.Status;
import org.consulta.revisions.DiffOp;
import org.junit.jupiter.api.Test;

class ComparisonBuilderTest {
  private static final String FRONT =
      """
      ---
      law: test
      lang: es
      title: Ley de prueba
      work: /akn/oas/act/model-law/2026/test
      topic: test
      ---

      # Capítulo I. Generalidades {#chp_1}

      """;

  private static Edition draft(int version, String body) {
    return DraftEditions.parse(
        FRONT + body,
        new EditionVersion(
            version, "Borrador " + version, Instant.parse("2026-0" + version + "-01T00:00:00Z")));
  }

  private static final Edition FIRST =
      draft(
          1,
          """
          ## Artículo 1. Objeto {#art_1}

          Garantizar la paridad.

          ## Artículo 2. Definiciones {#art_2}

          1. Paridad es igualdad.

          ## Artículo 3. Principios {#art_3}

          Igualdad y no discriminación.

          ## Artículo 4. Vigencia {#art_4}

          Al día siguiente.
          """);

  private static final Edition SECOND =
      draft(
          2,
          """
          ## Artículo 1. Definiciones {#art_2}

          1. Paridad es igualdad sustantiva.

          ## Artículo 2. Principios {#art_3}

          Igualdad y no discriminación.

          ## Artículo 3. Informes {#art_5}

          Cada año.

          ## Artículo 4. Vigencia {#art_4}

          Al día siguiente.
          """);

  @Test
  void articlesAreMatchedByEIdAndEachSaysHowItDiffers() {
    Comparison comparison = ComparisonBuilder.between(FIRST, SECOND, Unchanged.SHOW);

    assertEquals(
        List.of(
            row("art_1", EnumSet.of(Status.DELETED)),
            row("art_2", EnumSet.of(Status.RENUMBERED, Status.CHANGED)),
            row("art_3", EnumSet.of(Status.RENUMBERED)),
            row("art_5", EnumSet.of(Status.ADDED)),
            row("art_4", EnumSet.noneOf(Status.class))),
        comparison.rows().stream().map(r -> row(r.eId(), r.statuses())).toList());
  }

  @Test
  void theSummaryCountsEveryKindOfChange() {
    Comparison comparison = ComparisonBuilder.between(FIRST, SECOND, Unchanged.OMIT);

    assertEquals(new ComparisonSummary(1, 1, 1, 0, 2, 1), comparison.summary());
    assertEquals(
        List.of("art_1", "art_2", "art_3", "art_5"),
        comparison.rows().stream().map(ComparisonRow::eId).toList());
  }

  @Test
  void deletedArticlesStayWhereTheyStoodInTheEarlierText() {
    Edition later =
        draft(
            2,
            """
            ## Artículo 1. Objeto {#art_1}

            Garantizar la paridad.

            ## Artículo 2. Vigencia {#art_4}

            Al día siguiente.
            """);

    List<String> order =
        ComparisonBuilder.between(FIRST, later, Unchanged.SHOW).rows().stream()
            .map(ComparisonRow::eId)
            .toList();

    assertEquals(List.of("art_1", "art_2", "art_3", "art_4"), order);
  }

  @Test
  void onlyTheArticleThatChangedPlaceIsMoved() {
    Edition later =
        draft(
            2,
            """
            ## Artículo 1. Definiciones {#art_2}

            1. Paridad es igualdad.

            ## Artículo 2. Principios {#art_3}

            Igualdad y no discriminación.

            ## Artículo 3. Objeto {#art_1}

            Garantizar la paridad.

            ## Artículo 4. Vigencia {#art_4}

            Al día siguiente.
            """);

    Comparison comparison = ComparisonBuilder.between(FIRST, later, Unchanged.OMIT);

    assertEquals(
        List.of(
            row("art_2", EnumSet.of(Status.RENUMBERED)),
            row("art_3", EnumSet.of(Status.RENUMBERED)),
            row("art_1", EnumSet.of(Status.MOVED, Status.RENUMBERED))),
        comparison.rows().stream().map(r -> row(r.eId(), r.statuses())).toList());
  }

  @Test
  void aChangedArticleCarriesAWordDiffOfItsText() {
    ComparisonRow definitions =
        ComparisonBuilder.between(FIRST, SECOND, Unchanged.OMIT).rows().get(1);

    assertTrue(
        definitions.text().contains(new DiffOp(DiffOp.Kind.INSERT, " sustantiva")),
        definitions.text().toString());
    assertEquals(2, definitions.before().number());
    assertEquals(1, definitions.after().number());
  }

  private static String row(String eId, Set<Status> statuses) {
    return eId + " " + statuses;
  }
}
