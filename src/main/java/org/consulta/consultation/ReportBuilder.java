package org.consulta.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.consulta.drafting.Language;
import org.consulta.drafting.LawViews;
import org.consulta.organisations.Organisation;
import org.consulta.platform.WireNames;

/** Reads what the report of a round needs and has {@link ReportAssembly} put it together. */
@ApplicationScoped
@Transactional
public class ReportBuilder {
  private static final int ORGANISATIONS_PER_QUERY = 1000;

  @PersistenceContext private EntityManager em;
  @Inject private CommentFinder finder;
  @Inject private CommentViews views;
  @Inject private LawViews laws;
  @Inject private Consultations consultations;
  @Inject private Meetings meetings;

  /**
   * @param language the report's language; the consulted text is in it when the round consulted it,
   *     else in the round's first language
   */
  public ConsultationReport build(Consultation round, Caller caller, Language language) {
    Language textLang = round.languages().contains(language) ? language : round.languages().get(0);
    var version = laws.law(round.law(), textLang, round.version());
    List<ReportAssembly.Consulted> consulted =
        version.articles().stream()
            .map(a -> new ReportAssembly.Consulted(a.eId(), a.number(), a.heading(), a.text()))
            .toList();
    List<CommentView> all = views.of(finder.all(round), caller);
    return new ReportAssembly(
            round.law().slug(), language, organisations(all, language), meetings(round))
        .assemble(header(round, textLang, version.workUri()), consultations.now(), consulted, all);
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

  /** The registry's organisations the contributions count for, named in {@code lang}. */
  private Map<Long, String> organisations(List<CommentView> all, Language lang) {
    List<Long> ids =
        all.stream()
            .map(v -> v.author().organisationId())
            .filter(Objects::nonNull)
            .distinct()
            .toList();
    Map<Long, String> names = new HashMap<>();
    // A bounded number of ids per query keeps within PostgreSQL's limit on bind parameters.
    for (int from = 0; from < ids.size(); from += ORGANISATIONS_PER_QUERY) {
      em.createQuery("select o from Organisation o where o.id in :ids", Organisation.class)
          .setParameter(
              "ids", ids.subList(from, Math.min(from + ORGANISATIONS_PER_QUERY, ids.size())))
          .setHint("eclipselink.batch", "o.names")
          .getResultList()
          .forEach(o -> names.put(o.id(), o.name(lang)));
    }
    return names;
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
