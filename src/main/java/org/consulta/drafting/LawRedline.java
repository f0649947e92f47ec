package org.consulta.drafting;

import java.util.stream.Collectors;
import org.consulta.revisions.RedlineRenderer;

/** Renders the diff between two versions of a law as an HTML redline page. */
final class LawRedline {
  private LawRedline() {}

  static String html(LawResource.LawDiff diff) {
    StringBuilder page = new StringBuilder();
    page.append("<!DOCTYPE html>\n<html lang=\"")
        .append(diff.lang())
        .append("\">\n<head>")
        .append("<meta charset=\"utf-8\"><title>")
        .append(diff.law())
        .append(": version ")
        .append(diff.from())
        .append(" to ")
        .append(diff.to())
        .append("</title></head>\n<body>\n");
    for (LawComparison.ArticleChange change : diff.articles()) {
      page.append("<article class=\"redline\" data-eid=\"")
          .append(change.eId())
          .append("\" data-status=\"")
          .append(
              change.statuses().stream()
                  .map(s -> s.name().toLowerCase(java.util.Locale.ROOT))
                  .collect(Collectors.joining(" ")))
          .append("\">\n<h3>")
          .append(number(change))
          .append(RedlineRenderer.html(change.heading()))
          .append("</h3>\n<div class=\"text\">")
          .append(RedlineRenderer.html(change.text()))
          .append("</div>\n</article>\n");
    }
    return page.append("</body>\n</html>\n").toString();
  }

  private static String number(LawComparison.ArticleChange change) {
    if (change.fromNumber() == null
        || change.toNumber() == null
        || change.fromNumber().equals(change.toNumber())) {
      Integer shown = change.toNumber() != null ? change.toNumber() : change.fromNumber();
      return shown + ". ";
    }
    return "<del>" + change.fromNumber() + "</del><ins>" + change.toNumber() + "</ins>. ";
  }
}
