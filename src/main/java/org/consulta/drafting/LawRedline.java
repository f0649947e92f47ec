package org.consulta.drafting;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.consulta.revisions.HtmlText;
import org.consulta.revisions.RedlineRenderer;

/**
 * Renders the diff between two versions of a law as an HTML redline page, titled by the versions'
 * labels, summed up at the top. An article that only moved or was renumbered gets one line saying
 * so, not an empty text.
 */
final class LawRedline {
  private static final Map<Language, String> ARTICLE =
      Map.of(
          Language.es, "Artículo",
          Language.en, "Article",
          Language.pt, "Artigo",
          Language.fr, "Article");
  private static final Map<Language, String> UNCHANGED_TEXT =
      Map.of(
          Language.es, "texto sin cambios",
          Language.en, "unchanged text",
          Language.pt, "texto inalterado",
          Language.fr, "texte inchangé");
  private static final Set<LawComparison.Status> TEXT_STATUSES =
      Set.of(
          LawComparison.Status.ADDED, LawComparison.Status.DELETED, LawComparison.Status.CHANGED);

  private static final Map<Language, List<String>> PARTS =
      Map.of(
          Language.es, List.of("Título", "Preámbulo", "trasladado"),
          Language.en, List.of("Title", "Preamble", "moved"),
          Language.pt, List.of("Título", "Preâmbulo", "deslocado"),
          Language.fr, List.of("Titre", "Préambule", "déplacé"));
  private static final List<LawComparison.Status> COUNTED =
      List.of(
          LawComparison.Status.CHANGED,
          LawComparison.Status.ADDED,
          LawComparison.Status.DELETED,
          LawComparison.Status.RENUMBERED);
  // One format per counted status, in COUNTED's order; "Modificados: 2" avoids Spanish plurals.
  private static final Map<Language, List<String>> COUNTS =
      Map.of(
          Language.es,
              List.of("Modificados: %d", "Añadidos: %d", "Eliminados: %d", "Renumerados: %d"),
          Language.en, List.of("%d changed", "%d inserted", "%d deleted", "%d renumbered"),
          Language.pt,
              List.of("Alterados: %d", "Inseridos: %d", "Suprimidos: %d", "Renumerados: %d"),
          Language.fr,
              List.of("Modifiés : %d", "Insérés : %d", "Supprimés : %d", "Renumérotés : %d"));

  private LawRedline() {}

  static String html(LawResource.LawDiff diff) {
    String title = HtmlText.escape(diff.law() + ": " + diff.fromLabel() + " → " + diff.toLabel());
    StringBuilder page = new StringBuilder();
    page.append("<!DOCTYPE html>\n<html lang=\"")
        .append(diff.lang())
        .append("\">\n<head>")
        .append("<meta charset=\"utf-8\"><title>")
        .append(title)
        .append("</title></head>\n<body>\n<h1>")
        .append(title)
        .append("</h1>\n");
    appendSummary(page, diff);
    List<String> words = PARTS.get(diff.lang());
    text(page, "title", words.get(0), diff.title());
    text(page, "preamble", words.get(1), diff.preamble());
    for (StructureComparison.DivisionChange change : diff.divisions()) {
      page.append("<section class=\"redline division\" data-eid=\"")
          .append(change.eId())
          .append("\" data-status=\"")
          .append(statusNames(change.statuses()))
          .append("\"><h2>");
      if (change.heading().isEmpty()) {
        page.append(HtmlText.escape(change.toHeading()));
      } else {
        page.append(RedlineRenderer.html(change.heading()));
      }
      if (change.statuses().contains(StructureComparison.Status.MOVED)) {
        page.append(" <small>(").append(words.get(2)).append(")</small>");
      }
      page.append("</h2></section>\n");
    }
    for (LawComparison.ArticleChange change : diff.articles()) {
      page.append("<article class=\"redline\" data-eid=\"")
          .append(change.eId())
          .append("\" data-status=\"")
          .append(statusNames(change.statuses()))
          .append("\">\n");
      if (change.statuses().stream().noneMatch(TEXT_STATUSES::contains)) {
        page.append("<p>")
            .append(ARTICLE.get(diff.lang()))
            .append(' ')
            .append(number(change))
            .append(", ")
            .append(UNCHANGED_TEXT.get(diff.lang()))
            .append("</p>\n");
      } else {
        page.append("<h3>")
            .append(number(change))
            .append(". ")
            .append(RedlineRenderer.html(change.heading()))
            .append("</h3>\n<div class=\"text\">")
            .append(RedlineRenderer.html(change.text()))
            .append("</div>\n");
      }
      page.append("</article>\n");
    }
    return page.append("</body>\n</html>\n").toString();
  }

  private static void text(
      StringBuilder page, String part, String label, StructureComparison.TextChange change) {
    if (change != null) {
      page.append("<section class=\"redline ")
          .append(part)
          .append("\"><h2>")
          .append(label)
          .append("</h2>\n<div class=\"text\">")
          .append(RedlineRenderer.html(change.text()))
          .append("</div></section>\n");
    }
  }

  private static void appendSummary(StringBuilder page, LawResource.LawDiff diff) {
    page.append("<ul class=\"summary\">\n");
    for (int i = 0; i < COUNTED.size(); i++) {
      LawComparison.Status status = COUNTED.get(i);
      long count = diff.articles().stream().filter(c -> c.statuses().contains(status)).count();
      page.append("<li data-status=\"")
          .append(statusName(status))
          .append("\">")
          .append(COUNTS.get(diff.lang()).get(i).formatted(count))
          .append("</li>\n");
    }
    page.append("</ul>\n");
  }

  private static String statusNames(Set<? extends Enum<?>> statuses) {
    return statuses.stream().map(LawRedline::statusName).collect(Collectors.joining(" "));
  }

  private static String statusName(Enum<?> status) {
    return status.name().toLowerCase(Locale.ROOT);
  }

  private static String number(LawComparison.ArticleChange change) {
    if (change.fromNumber() == null
        || change.toNumber() == null
        || change.fromNumber().equals(change.toNumber())) {
      Integer shown = change.toNumber() != null ? change.toNumber() : change.fromNumber();
      return String.valueOf(shown);
    }
    return "<del>" + change.fromNumber() + "</del> → <ins>" + change.toNumber() + "</ins>";
  }
}
