package org.consulta.publication;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.consulta.drafting.DivisionKind;
import org.consulta.drafting.Language;

/**
 * A law small enough to read whole in a golden file, with every shape an edition has: nested title,
 * chapter and section; headings with and without a number; numbered and unnumbered paragraphs,
 * lettered items with and without an introduction, an article without a heading, and text that XML
 * must escape.
 */
final class TinyLaw {
  static final String WORK = "/akn/oas/act/model-law/2026/tiny";
  static final EditionVersion FIRST =
      new EditionVersion(1, "Borrador 1", Instant.parse("2026-03-02T15:00:00Z"));
  static final EditionVersion SECOND =
      new EditionVersion(2, "Borrador 2 \"revisado\"", Instant.parse("2026-04-10T09:30:00Z"));
  static final Instant GENERATED = Instant.parse("2026-05-01T12:00:00Z");

  private TinyLaw() {}

  /** The law at its second recorded version. */
  static Edition atSecondVersion() {
    return edition(SECOND, List.of(FIRST, SECOND));
  }

  static Edition edition(EditionVersion version, List<EditionVersion> history) {
    return new Edition(
        "tiny",
        WORK,
        List.of(Language.es),
        Map.of(Language.es, "Ley Modelo Mínima sobre <Pruebas> & Ensayos"),
        Map.of(Language.es, List.of("CONSIDERANDO que A & B < C;", "POR TANTO, se propone:")),
        version,
        history,
        List.of(
            division(
                "title_1",
                DivisionKind.TITLE,
                "Título I. Disposiciones",
                article(
                    "art_1",
                    1,
                    "Objeto",
                    "1. Esta Ley regula «todo».\n\n2. Se aplica a:\n\na) uno;\n\nb) dos."),
                division(
                    "chp_1",
                    DivisionKind.CHAPTER,
                    "Capítulo único",
                    article("art_3", 2, "", "Texto sin número."),
                    division(
                        "sec_1",
                        DivisionKind.SECTION,
                        "Sección 1. Final",
                        article("art_2", 3, "Vigencia", "a) inmediata;\n\nb) total."))))),
        GENERATED);
  }

  private static DivisionPart division(
      String eId, DivisionKind kind, String heading, Part... children) {
    return new DivisionPart(eId, kind, Map.of(Language.es, Heading.of(heading)), List.of(children));
  }

  private static ArticlePart article(String eId, int number, String heading, String text) {
    return new ArticlePart(
        eId, Map.of(Language.es, new ArticleText(number, heading, ArticleBody.parse(eId, text))));
  }
}
