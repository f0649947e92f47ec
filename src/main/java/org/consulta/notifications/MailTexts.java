package org.consulta.notifications;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.consulta.consultation.Disposition;

/** The wording of the mails, in Spanish or English (every other language gets English). */
final class MailTexts {
  private static final DateTimeFormatter ES =
      DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy, HH:mm 'UTC'", Locale.forLanguageTag("es"))
          .withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter EN =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private MailTexts() {}

  static boolean spanish(String lang) {
    return "es".equals(lang);
  }

  static MailMessage answered(
      String lang,
      String recipient,
      String round,
      String article,
      String excerpt,
      Disposition disposition,
      String response,
      String link) {
    boolean es = spanish(lang);
    String subject =
        es ? "Respuesta a su contribución — " + round : "Your contribution was answered — " + round;
    return new MailMessage(
        MailKind.ANSWERED,
        recipient,
        subject,
        List.of(
            es
                ? "Los redactores respondieron a su contribución sobre " + article + ":"
                : "The drafters answered your contribution on " + article + ":",
            "« " + excerpt + " »",
            (es ? "Decisión: " : "Decision: ") + disposition(disposition, es),
            response,
            es
                ? "Puede leer la respuesta en Consulta (este correo no admite respuestas):"
                : "You can read the answer in Consulta (this mail takes no replies):"),
        link);
  }

  static MailMessage roundOpened(
      String lang,
      String recipient,
      String law,
      String round,
      String version,
      Instant startsAt,
      Instant endsAt,
      String link) {
    boolean es = spanish(lang);
    DateTimeFormatter dates = es ? ES : EN;
    String subject = es ? "Nueva ronda de consulta — " + law : "New consultation round — " + law;
    return new MailMessage(
        MailKind.ROUND_OPENED,
        recipient,
        subject,
        List.of(
            es
                ? "Usted participó en una consulta sobre «"
                    + law
                    + "». Hay una nueva ronda sobre la versión «"
                    + version
                    + "»:"
                : "You took part in a consultation on “"
                    + law
                    + "”. There is a new round on the version “"
                    + version
                    + "”:",
            round,
            (es ? "Del " : "From ")
                + dates.format(startsAt)
                + (es ? " al " : " to ")
                + dates.format(endsAt)
                + ".",
            es
                ? "Para no recibir más correos, desactívelos en su perfil de participante."
                : "To receive no more mails, turn them off in your participant profile."),
        link);
  }

  static String disposition(Disposition disposition, boolean es) {
    return switch (disposition) {
      case ACCEPTED -> es ? "aceptada" : "accepted";
      case PARTIALLY_ACCEPTED -> es ? "aceptada en parte" : "partially accepted";
      case NOT_ACCEPTED -> es ? "no aceptada" : "not accepted";
      case NOTED -> es ? "tomada en cuenta" : "noted";
      case OUT_OF_SCOPE -> es ? "fuera del alcance" : "out of scope";
    };
  }

  /** The first words of a text, for a mail that points to it rather than repeating it. */
  static String excerpt(String text, int max) {
    String flat = text.strip().replaceAll("\\s+", " ");
    if (flat.codePointCount(0, flat.length()) <= max) {
      return flat;
    }
    return flat.substring(0, flat.offsetByCodePoints(0, max)).stripTrailing() + "…";
  }
}
