package org.consulta.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DigestMailTest {
  private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");

  @Test
  void severalContributionsBecomeOneMailGroupedByArticleInTheOrderTheyCame() {
    List<DigestEntry> entries =
        List.of(
            new DigestEntry(
                12,
                "art_7",
                DigestEntry.Kind.SUGGESTION,
                "Ana",
                "Cambiar «debe»",
                T.plusSeconds(30)),
            new DigestEntry(10, "art_2", DigestEntry.Kind.COMMENT, "Lucía", "Falta un plazo", T),
            new DigestEntry(
                11, "art_7", DigestEntry.Kind.COMMENT, "Ben", "Too broad", T.plusSeconds(10)),
            new DigestEntry(
                13, "art_2", DigestEntry.Kind.REPLY, "Ana", "De acuerdo", T.plusSeconds(40)));
    MailMessage mail =
        DigestMail.of("en", "drafter@example.org", "Round 1", entries, "https://c.example/#/q");
    assertEquals(MailKind.DIGEST, mail.kind());
    assertEquals("drafter@example.org", mail.recipient());
    assertEquals("Digest: 4 new contributions — Round 1", mail.subject());
    String text = mail.text();
    String art2 = "art_2 (2)\n- Lucía (comment): Falta un plazo\n- Ana (reply): De acuerdo";
    String art7 = "art_7 (2)\n- Ben (comment): Too broad\n- Ana (suggestion): Cambiar «debe»";
    assertTrue(text.contains(art2), text);
    assertTrue(text.contains(art7), text);
    assertTrue(text.indexOf(art2) < text.indexOf(art7), text);
    assertTrue(text.endsWith("https://c.example/#/q\n"), text);
  }

  @Test
  void inSpanishWithHtmlThatEscapesWhatParticipantsWrote() {
    var entries =
        List.of(new DigestEntry(1, "art_1", DigestEntry.Kind.COMMENT, "<script>", "a & b", T));
    MailMessage mail = DigestMail.of("es", "r@example.org", "Ronda", entries, "https://c.example/");
    assertEquals("Resumen: 1 contribución nueva — Ronda", mail.subject());
    assertTrue(mail.text().startsWith("1 contribución nueva en «Ronda»:"), mail.text());
    assertTrue(mail.html().contains("&lt;script&gt; (comentario): a &amp; b"), mail.html());
    assertFalse(mail.html().contains("<script>"), mail.html());
  }

  @Test
  void anEmptyDigestIsNeverWritten() {
    assertThrows(
        IllegalArgumentException.class,
        () -> DigestMail.of("en", "r@example.org", "Round", List.of(), "https://c.example/"));
  }
}
