package org.consulta.notifications;

import java.util.List;
import java.util.Objects;

/**
 * One mail to one person: never more than one recipient, so no one sees another's address. The body
 * is paragraphs and a link, rendered as plain text and as the same text in HTML.
 */
public record MailMessage(
    MailKind kind, String recipient, String subject, List<String> paragraphs, String link) {
  public MailMessage {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(recipient);
    Objects.requireNonNull(subject);
    paragraphs = List.copyOf(paragraphs);
    Objects.requireNonNull(link);
  }

  public String text() {
    return String.join("\n\n", paragraphs) + "\n\n" + link + "\n";
  }

  public String html() {
    var html = new StringBuilder("<!DOCTYPE html><html><body>");
    for (String paragraph : paragraphs) {
      html.append("<p>").append(escape(paragraph).replace("\n", "<br>")).append("</p>");
    }
    String href = escape(link);
    html.append("<p><a href=\"").append(href).append("\">").append(href).append("</a></p>");
    return html.append("</body></html>").toString();
  }

  static String escape(String text) {
    var out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
