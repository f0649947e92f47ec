package org.consulta.notifications;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups the contributions a subscriber has not yet been told of into one mail: by article, in the
 * order the articles were first commented on, each contribution in the order it came.
 */
public final class DigestMail {
  private DigestMail() {}

  public static MailMessage of(
      String lang, String recipient, String round, List<DigestEntry> entries, String link) {
    if (entries.isEmpty()) {
      throw new IllegalArgumentException("a digest needs at least one contribution");
    }
    boolean es = MailTexts.spanish(lang);
    Map<String, List<DigestEntry>> byArticle = new LinkedHashMap<>();
    entries.stream()
        .sorted(Comparator.comparing(DigestEntry::at).thenComparing(DigestEntry::comment))
        .forEach(e -> byArticle.computeIfAbsent(e.article(), a -> new ArrayList<>()).add(e));
    int count = entries.size();
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(
        es
            ? count
                + (count == 1 ? " contribución nueva" : " contribuciones nuevas")
                + " en «"
                + round
                + "»:"
            : count
                + (count == 1 ? " new contribution" : " new contributions")
                + " to “"
                + round
                + "”:");
    byArticle.forEach(
        (article, list) -> {
          var group = new StringBuilder(article).append(" (").append(list.size()).append(')');
          for (DigestEntry e : list) {
            group
                .append("\n- ")
                .append(e.author())
                .append(" (")
                .append(kind(e.kind(), es))
                .append("): ")
                .append(e.excerpt());
          }
          paragraphs.add(group.toString());
        });
    paragraphs.add(
        es
            ? "Para dejar de recibir este resumen, cancele la suscripción a la ronda."
            : "To stop this digest, cancel your subscription to the round.");
    String subject =
        (es ? "Resumen: " : "Digest: ")
            + count
            + (es
                ? (count == 1 ? " contribución nueva" : " contribuciones nuevas")
                : (count == 1 ? " new contribution" : " new contributions"))
            + " — "
            + round;
    return new MailMessage(MailKind.DIGEST, recipient, subject, paragraphs, link);
  }

  private static String kind(DigestEntry.Kind kind, boolean es) {
    return switch (kind) {
      case COMMENT -> es ? "comentario" : "comment";
      case SUGGESTION -> es ? "propuesta de texto" : "suggestion";
      case REPLY -> es ? "respuesta" : "reply";
    };
  }
}
