package org.consulta.revisions;

import java.util.List;

/** Renders a diff as HTML with insertions in {@code <ins>} and deletions in {@code <del>}. */
public final class RedlineRenderer {

  private RedlineRenderer() {}

  public static String html(List<DiffOp> ops) {
    StringBuilder html = new StringBuilder();
    for (DiffOp op : ops) {
      if (op.text().isEmpty()) {
        continue;
      }
      switch (op.kind()) {
        case EQUAL -> appendEscaped(html, op.text());
        case INSERT -> appendEscaped(html.append("<ins>"), op.text()).append("</ins>");
        case DELETE -> appendEscaped(html.append("<del>"), op.text()).append("</del>");
      }
    }
    return html.toString();
  }

  private static StringBuilder appendEscaped(StringBuilder html, String text) {
    return html.append(HtmlText.escape(text));
  }
}
