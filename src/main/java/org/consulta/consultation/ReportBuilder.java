package org.consulta.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Function;
import org.consulta.drafting.Language;
import org.consulta.drafting.LawViews;
import org.consulta.platform.WireNames;

/**
 * Reads what the report of a round needs and has {@link ReportAssembly} put it together. Not
 * transactional itself: the comments are read in a snapshot of their own ({@link ReportRows}).
 */
@ApplicationScoped
public class ReportBuilder {
  @Inject private ReportRows rows;
  @Inject private LawViews laws;
  @Inject private Consultations consultations;
  @Inject private Meetings meetings;

  /**
   * Builds the report and has {@code render} write it while its sections are read, one article at a
   * time.
   *
   * @param language the report's language; the consulted text is in it when the round consulted it,
   *     else in the round's first language
   */
  public <T> T build(
      Consultation round, Language language, Function<ConsultationReport, T> render) {
    Language textLang = round.languages().contains(language) ? language : round.languages().get(0);
    var version = laws.law(round.law(), textLang, round.version());
    List<ReportAssembly.Consulted> consulted =
        version.articles().stream()
            .map(a -> new ReportAssembly.Consulted(a.eId(), a.number(), a.heading(), a.text()))
            .toList();
    var header = header(round, textLang, version.workUri());
    var assembly = new ReportAssembly(language, meetings(round));
    return rows.read(
        round.id(),
        round.law().slug(),
        language,
        snapshot -> {
          snapshot.summary(assembly);
          List<String> order = assembly.articles(consulted);
          var sections =
              ReportSections.streamed(
                  sink -> {
                    var threads = new ReportThreads(consulted, sink);
                    snapshot.inOrder(order, threads);
                    threads.finish();
                  });
          return render.apply(assembly.report(header, consultations.now(), consulted, sections));
        });
  }

  private ConsultationReport.Round header(Consultation round, Language lang, String workUri) {
    return new ConsultationReport.Round(
        round.id(),
        round.law().slug(),
        round.law().expression(lang).orElseThrow().title(),
        workUri,
        round.version().number(),
        round.title(),
        round.languages(),
        WireNames.of(round.status(consultations.now())),
        round.startsAt(),
        round.endsAt());
  }

  private List<ConsultationReport.MeetingCount> meetings(Consultation round) {
    return meetings.of(round).stream()
        .map(
            m ->
                new ConsultationReport.MeetingCount(
                    m.id(),
                    m.title(),
                    m.startsAt(),
                    m.timeZone(),
                    m.place().orElse(null),
                    m.virtual(),
                    0))
        .toList();
  }
}
