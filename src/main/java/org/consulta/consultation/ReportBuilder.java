package org.consulta.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.consulta.drafting.Language;
import org.consulta.drafting.LawViews;
import org.consulta.organisations.Organisation;
import org.consulta.platform.WireNames;

/** Reads what the report of a round needs and has {@link ReportAssembly} put it together. */
@ApplicationScoped
@Transactional
public class ReportBuilder {
  @PersistenceContext private EntityManager em;
  @Inject private CommentFinder finder;
  @Inject private CommentViews views;
  @Inject private LawViews laws;
  @Inject private Consultations consultations;

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
    return new ReportAssembly(round.law().slug(), language, organisations(round, language))
        .assemble(
            header(round, textLang, version.workUri()),
            consultations.now(),
            consulted,
            views.of(finder.all(round), caller));
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

  /**
   * The registry's organisation each contribution of the round counts for, by comment id, named in
   * {@code lang}; a merged organisation counts for the one it was merged into.
   */
  private Map<Long, String> organisations(Consultation round, Language lang) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select id, organisation_id from consultation_comment"
                    + " where consultation_id = ? and organisation_id is not null")
            .setParameter(1, round.id())
            .getResultList();
    Map<Long, Organisation> byId = new HashMap<>();
    Map<Long, String> names = new HashMap<>();
    for (Object[] row : rows) {
      long orgId = ((Number) row[1]).longValue();
      Organisation org = byId.computeIfAbsent(orgId, id -> em.find(Organisation.class, id));
      while (org.mergedInto().isPresent()) {
        org = org.mergedInto().get();
      }
      names.put(((Number) row[0]).longValue(), org.name(lang));
    }
    return names;
  }
}
