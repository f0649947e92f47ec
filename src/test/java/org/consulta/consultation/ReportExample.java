package org.consulta.consultation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.consulta.drafting.Language;

/**
 * A round on a twelve-article law with contributions on articles 2, 3 and 10 only: answered,
 * unanswered, hidden, a suggestion on a passage, a reply to a reply, and one counted for a registry
 * organisation. Built without a server, as {@link ReportBuilder} hands it over.
 */
final class ReportExample {
  static final Instant START = Instant.parse("2026-03-01T09:00:00.123456Z");
  static final Instant END = Instant.parse("2026-03-31T21:00:00Z");

  private ReportExample() {}

  static ConsultationReport report(Language lang, CommentView... more) {
    List<ReportAssembly.Consulted> articles = new ArrayList<>();
    for (int n = 1; n <= 12; n++) {
      articles.add(
          new ReportAssembly.Consulted(
              "art_" + n, n, "Encabezado " + n, "Texto consultado del artículo " + n + "."));
    }
    var lucia = author("lucia", "Lucía Pérez", null, "Colectiva Ñ", "MX", "civil_society");
    var john = author("john", "John Smith", null, null, "CA", "government");
    var luciaForUnWomen = author("lucia", "Lucía Pérez", 50L, "UN Women", "MX", "civil_society");
    var speaker = author(null, "Ana Gómez", null, null, "CO", "parliament");
    List<CommentView> all = new ArrayList<>();
    all.addAll(
        List.of(
            comment(
                1,
                null,
                "art_3",
                luciaForUnWomen,
                "Definir «acoso», con \"comillas\".",
                null,
                null,
                answer("accepted", "Se añade la definición.", 4)),
            comment(2, null, "art_2", john, "=SUM(A1)", null, null, null),
            comment(3, null, "art_3", john, "Texto ofensivo", null, "insultos", null),
            suggestion(4, "art_10", lucia),
            comment(5, 1L, "art_3", john, "Gracias.", null, null, null),
            comment(6, 5L, "art_3", lucia, "A usted.", null, null, null),
            comment(
                7,
                null,
                "art_2",
                lucia,
                "Otro plazo.",
                null,
                null,
                answer("not_accepted", "El plazo es el del tratado.", null)),
            atMeeting(8, "art_10", speaker, "Incluir a los concejos municipales.")));
    all.addAll(List.of(more));
    var round =
        new ConsultationReport.Round(
            9,
            "parity",
            "Ley modelo de paridad",
            "/akn/xx/act/2026/parity",
            2,
            "Primera consulta",
            List.of(Language.es),
            "closed",
            START,
            END);
    var meetings =
        List.of(
            new ConsultationReport.MeetingCount(
                31,
                "Reunión de Bogotá",
                START.plusSeconds(86400),
                "America/Bogota",
                "Bogotá",
                false,
                0),
            new ConsultationReport.MeetingCount(
                32, "Reunión virtual", START.plusSeconds(2 * 86400), "UTC", null, true, 0));
    return new ReportAssembly("parity", lang, Map.of(50L, "ONU Mujeres"), meetings)
        .assemble(round, Instant.parse("2026-04-02T10:15:30.5Z"), articles, all);
  }

  /** Two contributions on one article, the second withdrawn by its author. */
  static ConsultationReport withAWithdrawnContribution() {
    var lucia = author("lucia", "Lucía Pérez", null, null, "MX", "civil_society");
    CommentView kept = comment(1, null, "art_1", lucia, "Se mantiene.", null, null, null);
    CommentView w = comment(2, null, "art_1", lucia, "Lo retiro.", null, null, null);
    CommentView withdrawn =
        new CommentView(
            w.id(),
            w.consultation(),
            w.parent(),
            w.kind(),
            w.article(),
            w.lang(),
            w.revision(),
            w.author(),
            w.text(),
            w.replacement(),
            w.passage(),
            w.anchor(),
            w.hidden(),
            w.disposition(),
            w.createdAt(),
            w.editedAt(),
            START.plusSeconds(86400),
            w.channel(),
            w.meeting(),
            w.recordedBy(),
            w.publishable(),
            w.attachments());
    var round =
        new ConsultationReport.Round(
            9,
            "parity",
            "Ley",
            "/akn/xx/act/2026/parity",
            2,
            "Primera consulta",
            List.of(Language.es),
            "open",
            START,
            END);
    var consulted = List.of(new ReportAssembly.Consulted("art_1", 1, "Objeto", "Texto."));
    return new ReportAssembly("parity", Language.es, Map.of(), List.of())
        .assemble(round, END, consulted, List.of(kept, withdrawn));
  }

  private static CommentView.AuthorView author(
      String user, String name, Long orgId, String org, String country, String sector) {
    return new CommentView.AuthorView(user, name, orgId, org, country, sector);
  }

  private static CommentView.AnswerView answer(String value, String response, Integer revision) {
    return new CommentView.AnswerView(
        value,
        response,
        "drafter",
        "Equipo de redacción",
        Instant.parse("2026-03-20T12:00:00Z"),
        revision);
  }

  private static CommentView comment(
      long id,
      Long parent,
      String article,
      CommentView.AuthorView author,
      String text,
      String replacement,
      String hidden,
      CommentView.AnswerView answer) {
    return new CommentView(
        id,
        9,
        parent,
        parent != null ? "reply" : replacement != null ? "suggestion" : "comment",
        article,
        Language.es,
        1,
        author,
        text,
        replacement,
        null,
        parent == null ? new CommentView.AnchorView("exact", 1, null, null, null, null) : null,
        hidden == null
            ? null
            : new CommentView.HiddenView(hidden, "drafter", "Equipo de redacción", START),
        answer,
        START.plusSeconds(3600L * id),
        null,
        null,
        "online",
        null,
        null,
        true,
        List.of());
  }

  /** A comment its author withdrew, answered before they did. */
  static CommentView withdrawn(long id, String article) {
    var view =
        comment(
            id,
            null,
            article,
            author("lucia", "Lucía Pérez", null, "Colectiva Ñ", "MX", "civil_society"),
            "Lo retiro.",
            null,
            null,
            answer("noted", "Tomado en cuenta.", null));
    return new CommentView(
        view.id(),
        view.consultation(),
        null,
        view.kind(),
        view.article(),
        view.lang(),
        view.revision(),
        view.author(),
        view.text(),
        null,
        null,
        view.anchor(),
        null,
        view.disposition(),
        view.createdAt(),
        null,
        START.plusSeconds(7200),
        "online",
        null,
        null,
        true,
        List.of());
  }

  private static CommentView atMeeting(
      long id, String article, CommentView.AuthorView speaker, String text) {
    return new CommentView(
        id,
        9,
        null,
        "comment",
        article,
        Language.es,
        1,
        speaker,
        text,
        null,
        null,
        new CommentView.AnchorView("exact", 1, null, null, null, null),
        null,
        null,
        START.plusSeconds(86400),
        null,
        null,
        "meeting",
        new CommentView.MeetingRef(31, "Reunión de Bogotá"),
        "rapporteur",
        true,
        List.of());
  }

  private static CommentView suggestion(long id, String article, CommentView.AuthorView author) {
    return new CommentView(
        id,
        9,
        null,
        "suggestion",
        article,
        Language.es,
        1,
        author,
        "Mejor redacción.",
        "Texto nuevo.",
        new CommentView.PassageView(0, 5, "Texto", "", " consultado"),
        new CommentView.AnchorView("exact", 1, 0, 5, "Texto", null),
        null,
        null,
        START.plusSeconds(3600L * id),
        null,
        null,
        "online",
        null,
        null,
        true,
        List.of());
  }
}
