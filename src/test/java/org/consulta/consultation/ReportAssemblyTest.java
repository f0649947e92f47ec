package org.consulta.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.consulta.drafting.Language;
import org.junit.jupiter.api.Test;

class ReportAssemblyTest {
  private final ConsultationReport report = ReportExample.report(Language.es);

  @Test
  void articlesWithContributionsComeInTheConsultedOrderAndTheOthersInRuns() {
    assertEquals(
        List.of("art_2", "art_3", "art_10"),
        ReportExample.sections(report).stream()
            .map(ConsultationReport.ArticleSection::eId)
            .toList());
    assertEquals(
        List.of(
            new ConsultationReport.NumberRun(1, 1),
            new ConsultationReport.NumberRun(4, 9),
            new ConsultationReport.NumberRun(11, 12)),
        report.withoutContributions());
    assertEquals(12, report.perArticle().size());
    assertEquals(2, report.perArticle().get(2).contributions());
    assertEquals(
        "Artículos 1, 4–9, 11–12: sin contribuciones",
        ReportWords.of(Language.es).quiet(report.withoutContributions()));
  }

  @Test
  void contributionsKeepTheirOrderAndRepliesFollowTheirThread() {
    var art3 = ReportExample.sections(report).get(1);
    assertEquals("Texto consultado del artículo 3.", art3.text());
    assertEquals(List.of(1L, 3L), art3.contributions().stream().map(c -> c.id()).toList());
    assertEquals(2, art3.threads());
    // The reply to a reply sits under the contribution that started the thread.
    assertEquals(
        List.of(5L, 6L), art3.contributions().get(0).replies().stream().map(c -> c.id()).toList());
  }

  @Test
  void hiddenContributionsAreNeitherAnsweredNorUnansweredInTheTotalsOrTheChart() {
    var t = report.totals();
    assertEquals(6, t.contributions());
    assertEquals(2, t.answered());
    assertEquals(3, t.unanswered());
    assertEquals(1, t.hidden());
    assertEquals(t.contributions(), t.answered() + t.unanswered() + t.hidden() + t.withdrawn());
    assertEquals(Map.of("none", 3L, "accepted", 1L, "not_accepted", 1L), report.byDisposition());
    assertEquals(
        (long) t.answered() + t.unanswered(),
        report.byDisposition().values().stream().mapToLong(Long::longValue).sum());
    assertEquals((long) t.unanswered(), report.byDisposition().get("none"));
    assertEquals(t.unanswered(), report.unanswered().size());
  }

  @Test
  void anAnsweredContributionWithdrawnLaterIsNeitherAnsweredNorUnanswered() {
    var withdrawn = ReportExample.report(Language.es, ReportExample.withdrawn(20, "art_2"));
    var t = withdrawn.totals();
    assertEquals(7, t.contributions());
    assertEquals(1, t.withdrawn());
    assertEquals(report.totals().answered(), t.answered());
    assertEquals(report.totals().unanswered(), t.unanswered());
    assertEquals(report.byDisposition(), withdrawn.byDisposition());
    assertEquals(t.contributions(), t.answered() + t.unanswered() + t.hidden() + t.withdrawn());
    var c = ReportExample.sections(withdrawn).get(0).contributions().get(2);
    assertEquals(ReportExample.START.plusSeconds(7200), c.withdrawnAt());
  }

  @Test
  void aWithdrawnContributionAwaitsNoAnswerAndSaysSo() {
    var withdrawnReport = ReportExample.withAWithdrawnContribution();
    var t = withdrawnReport.totals();
    assertEquals(2, t.contributions());
    assertEquals(1, t.unanswered());
    assertEquals(0, t.hidden());
    assertEquals(Map.of("none", 1L), withdrawnReport.byDisposition());
    var withdrawn = ReportExample.sections(withdrawnReport).get(0).contributions().get(1);
    assertEquals(ReportExample.START.plusSeconds(86400), withdrawn.withdrawnAt());
  }

  @Test
  void contributionsCountForTheRegistrysOrganisationOrTheOneTheAuthorGave() {
    assertEquals(
        List.of("none", "Colectiva Ñ", "ONU Mujeres"),
        List.copyOf(report.byOrganisation().keySet()),
        "most first, then by name");
    assertEquals(List.of(3L, 2L, 1L), List.copyOf(report.byOrganisation().values()));
    assertEquals(2, report.totals().organisations());
    assertEquals(3, report.totals().participants(), "Lucía, John, and Ana who spoke at a meeting");
    assertEquals(Map.of("online", 5L, "meeting", 1L), report.byChannel());
    assertEquals(Map.of("MX", 3L, "CA", 2L, "CO", 1L), report.byCountry());
  }

  @Test
  void everyMeetingIsListedWithTheContributionsRecordedAtIt() {
    assertEquals(
        List.of(1L, 0L),
        report.byMeeting().stream().map(ConsultationReport.MeetingCount::contributions).toList());
    var said = ReportExample.sections(report).get(2).contributions().get(1);
    assertEquals("meeting", said.channel());
    assertEquals("Reunión de Bogotá", said.meeting());
    assertEquals(
        "Reunión de Bogotá · 2 de marzo de 2026, 04:00 (America/Bogota) · Bogotá",
        ReportWords.of(Language.es).meeting(report.byMeeting().get(0)));
  }

  @Test
  void theRevisionThatImplementsAnAnswerLinksToTheArticlesHistory() {
    var revision =
        ReportExample.sections(report).get(1).contributions().get(0).answer().implementedIn();
    assertEquals(4, revision.number());
    assertEquals("#/laws/parity/articles/art_3/history?lang=es", revision.link());
  }
}
