package org.consulta.consultation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.consulta.drafting.Language;

/**
 * A round on a twelve-article law with contributions on articles 2, 3 and 10 only: answered,
 * unanswered, hidden, a suggestion on a passage, a reply to a reply, and one counted for a registry
 * organisation. Built without a server, as {@link ReportRows} reads it.
 */
final class ReportExample {
  static final Instant START = Instant.parse("2026-03-01T09:00:00.123456Z");
  static final Instant END = Instant.parse("2026-03-31T21:00:00Z");

  private ReportExample() {}

  static ConsultationReport report(Language lang, ReportRow... more) {
    List<ReportAssembly.Consulted> articles = new ArrayList<>();
    for (int n = 1; n <= 12; n++) {
      articles.add(
          new ReportAssembly.Consulted(
              "art_" + n, n, "Encabezado " + n, "Texto consultado del artículo " + n + "."));
    }
    var lucia = author("@lucia", "Lucía Pérez", "Colectiva Ñ", "MX", "civil_society");
    var john = author("@john", "John Smith", null, "CA", "government");
    var luciaForUnWomen = author("@lucia", "Lucía Pérez", "ONU Mujeres", "MX", "civil_society");
    var speaker = author("Ana Gómez", "Ana Gómez", null, "CO", "parliament");
    List<ReportRow> all = new ArrayList<>();
    all.addAll(
        List.of(
            comment(
                1,
                null,
                "art_3",
                luciaForUnWomen,
                "Definir «acoso», con \"comillas\".",
                null,
                answer(
                    "accepted",
                    "Se añade la definición.",
                    ConsultationReport.Revision.of("parity", "art_3", 4, lang))),
            comment(2, null, "art_2", john, "=SUM(A1)", null, null),
            comment(3, null, "art_3", john, null, "insultos", null),
            suggestion(4, "art_10", lucia),
            comment(5, 1L, "art_3", john, "Gracias.", null, null),
            comment(6, 5L, "art_3", lucia, "A usted.", null, null),
            comment(
                7,
                null,
                "art_2",
                lucia,
                "Otro plazo.",
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
    return assemble(
        new ReportAssembly(lang, meetings),
        round,
        Instant.parse("2026-04-02T10:15:30.5Z"),
        articles,
        all);
  }

  /** Two contributions on one article, the second withdrawn by its author. */
  static ConsultationReport withAWithdrawnContribution() {
    var lucia = author("@lucia", "Lucía Pérez", null, "MX", "civil_society");
    ReportRow kept = comment(1, null, "art_1", lucia, "Se mantiene.", null, null);
    ReportRow withdrawn = withdrawnAt(comment(2, null, "art_1", lucia, null, null, null), 86400);
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
    return assemble(
        new ReportAssembly(Language.es, List.of()),
        round,
        END,
        consulted,
        List.of(kept, withdrawn));
  }

  /** The report as a Word file, whole. */
  static byte[] docx(ConsultationReport report) {
    var out = new ByteArrayOutputStream();
    try {
      ReportDocx.write(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The sections of a report made here, which can be read more than once. */
  static List<ConsultationReport.ArticleSection> sections(ConsultationReport report) {
    List<ConsultationReport.ArticleSection> sections = new ArrayList<>();
    report.articles().forEach(sections::add);
    return sections;
  }

  /**
   * Puts the report together as {@link ReportBuilder} does: the threads' first comments counted,
   * then every comment gathered into sections in the order the database hands them over (the
   * consulted articles in order, then the others by eId; oldest first on each, so that a reply may
   * come after a later thread's first comment).
   */
  private static ConsultationReport assemble(
      ReportAssembly assembly,
      ConsultationReport.Round round,
      Instant at,
      List<ReportAssembly.Consulted> consulted,
      List<ReportRow> rows) {
    tally(assembly, rows.stream().filter(r -> r.parent() == null).toList());
    assembly.replies((int) rows.stream().filter(r -> r.parent() != null).count());
    List<String> order = consulted.stream().map(ReportAssembly.Consulted::eId).toList();
    Comparator<ReportRow> place =
        Comparator.<ReportRow>comparingInt(
                r -> order.contains(r.article()) ? order.indexOf(r.article()) : order.size())
            .thenComparing(ReportRow::article)
            .thenComparing(ReportRow::id);
    List<ConsultationReport.ArticleSection> sections = new ArrayList<>();
    var threads = new ReportThreads(consulted, sections::add);
    rows.stream().sorted(place).forEach(threads);
    threads.finish();
    return assembly.report(round, at, consulted, ReportSections.of(sections));
  }

  /** Counts the threads facet by facet, as the database does for {@link ReportRows}. */
  private static void tally(ReportAssembly assembly, List<ReportRow> threads) {
    Map<ReportAssembly.Facet, Function<ReportRow, String>> facets =
        new EnumMap<>(ReportAssembly.Facet.class);
    facets.put(ReportAssembly.Facet.ARTICLE, ReportRow::article);
    facets.put(ReportAssembly.Facet.COUNTRY, r -> r.contribution().author().country());
    facets.put(ReportAssembly.Facet.SECTOR, r -> r.contribution().author().sector());
    facets.put(ReportAssembly.Facet.ORGANISATION, r -> r.contribution().author().organisation());
    facets.put(ReportAssembly.Facet.CHANNEL, r -> r.contribution().channel());
    facets.put(
        ReportAssembly.Facet.MEETING, r -> r.meeting() == null ? null : r.meeting().toString());
    facets.put(ReportAssembly.Facet.ANCHOR_STATE, r -> r.contribution().anchorState());
    facets.put(ReportAssembly.Facet.KIND, r -> r.contribution().kind());
    facets.put(ReportAssembly.Facet.PERSON, ReportRow::person);
    facets.forEach(
        (facet, key) ->
            threads.stream()
                .collect(
                    Collectors.groupingBy(
                        r -> Optional.ofNullable(key.apply(r)), Collectors.counting()))
                .forEach((k, n) -> assembly.count(facet, k.orElse(null), n)));
    for (ReportRow r : threads) {
      var c = r.contribution();
      if (c.hiddenReason() != null) {
        assembly.count(ReportAssembly.Facet.HIDDEN, null, 1);
      } else if (c.withdrawnAt() != null) {
        assembly.count(ReportAssembly.Facet.WITHDRAWN, null, 1);
      } else {
        assembly.count(
            ReportAssembly.Facet.DISPOSITION,
            c.answer() == null ? null : c.answer().disposition(),
            1);
        if (c.answer() == null) {
          assembly.unanswered(
              new ConsultationReport.Unanswered(
                  c.id(), r.article(), c.kind(), c.author().displayName()));
        }
      }
    }
  }

  /** A comment its author withdrew, answered before they did. */
  static ReportRow withdrawn(long id, String article) {
    var lucia = author("@lucia", "Lucía Pérez", "Colectiva Ñ", "MX", "civil_society");
    var answered =
        comment(id, null, article, lucia, null, null, answer("noted", "Tomado en cuenta.", null));
    return withdrawnAt(answered, 7200);
  }

  /** Who spoke, and whom the report counts as the person behind it. */
  private record Speaker(String person, ConsultationReport.Author author) {}

  private static Speaker author(
      String person, String name, String organisation, String country, String sector) {
    return new Speaker(person, new ConsultationReport.Author(name, organisation, country, sector));
  }

  private static ConsultationReport.Answer answer(
      String value, String response, ConsultationReport.Revision implementedIn) {
    return new ConsultationReport.Answer(
        value,
        response,
        "Equipo de redacción",
        Instant.parse("2026-03-20T12:00:00Z"),
        implementedIn);
  }

  /** A comment, or a reply when {@code parent} is given; hidden when a reason is given. */
  private static ReportRow comment(
      long id,
      Long parent,
      String article,
      Speaker speaker,
      String text,
      String hidden,
      ConsultationReport.Answer answer) {
    return row(
        id,
        parent,
        article,
        speaker,
        null,
        new ConsultationReport.Contribution(
            id,
            parent != null ? "reply" : "comment",
            Language.es,
            speaker.author(),
            "online",
            null,
            START.plusSeconds(3600L * id),
            null,
            parent == null ? "exact" : null,
            text,
            null,
            hidden,
            null,
            answer,
            List.of(),
            List.of()));
  }

  private static ReportRow withdrawnAt(ReportRow row, long seconds) {
    var c = row.contribution();
    return row(
        row.id(),
        row.parent(),
        row.article(),
        new Speaker(row.person(), c.author()),
        row.meeting(),
        new ConsultationReport.Contribution(
            c.id(),
            c.kind(),
            c.lang(),
            c.author(),
            c.channel(),
            c.meeting(),
            c.createdAt(),
            c.passage(),
            c.anchorState(),
            null,
            null,
            null,
            START.plusSeconds(seconds),
            c.answer(),
            c.attachments(),
            List.of()));
  }

  private static ReportRow atMeeting(long id, String article, Speaker speaker, String text) {
    return row(
        id,
        null,
        article,
        speaker,
        31L,
        new ConsultationReport.Contribution(
            id,
            "comment",
            Language.es,
            speaker.author(),
            "meeting",
            "Reunión de Bogotá",
            START.plusSeconds(86400),
            null,
            "exact",
            text,
            null,
            null,
            null,
            null,
            List.of(),
            List.of()));
  }

  private static ReportRow suggestion(long id, String article, Speaker speaker) {
    return row(
        id,
        null,
        article,
        speaker,
        null,
        new ConsultationReport.Contribution(
            id,
            "suggestion",
            Language.es,
            speaker.author(),
            "online",
            null,
            START.plusSeconds(3600L * id),
            "Texto",
            "exact",
            "Mejor redacción.",
            "Texto nuevo.",
            null,
            null,
            null,
            List.of(),
            List.of()));
  }

  private static ReportRow row(
      long id,
      Long parent,
      String article,
      Speaker speaker,
      Long meeting,
      ConsultationReport.Contribution contribution) {
    return new ReportRow(id, parent, article, speaker.person(), meeting, contribution);
  }
}
