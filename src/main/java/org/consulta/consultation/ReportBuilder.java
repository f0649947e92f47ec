package org.consulta.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.consulta.drafting.Language;
import org.consulta.drafting.LawViews;
import org.consulta.platform.WireNames;

/** Builds the consultation report of a round from its comments and the consulted version. */
@ApplicationScoped
@Transactional
public class ReportBuilder {
  private static final String NONE = "none";

  @Inject private CommentFinder finder;
  @Inject private CommentViews views;
  @Inject private LawViews laws;
  @Inject private Consultations consultations;
  @Inject private Meetings meetings;

  public ConsultationReport build(Consultation round, Caller caller) {
    List<CommentView> all = views.of(finder.all(round), caller);
    List<CommentView> threads = all.stream().filter(v -> v.parent() == null).toList();
    // A withdrawn contribution, like a hidden one, awaits no answer.
    List<CommentView> answerable =
        threads.stream().filter(v -> v.hidden() == null && v.withdrawnAt() == null).toList();
    List<CommentView> unanswered =
        answerable.stream().filter(v -> v.disposition() == null).toList();
    return new ConsultationReport(
        round(round),
        new ConsultationReport.Totals(
            count(threads, "comment"),
            count(threads, "suggestion"),
            all.size() - threads.size(),
            answerable.size() - unanswered.size(),
            unanswered.size(),
            (int) threads.stream().filter(v -> v.hidden() != null).count()),
        counted(threads, v -> v.author().sector()),
        counted(threads, v -> v.author().country()),
        counted(threads, v -> v.disposition() == null ? NONE : v.disposition().value()),
        counted(threads, v -> v.anchor().state()),
        counted(threads, CommentView::channel),
        byMeeting(round, threads),
        sections(round, all),
        unanswered.stream()
            .map(
                v ->
                    new ConsultationReport.Unanswered(
                        v.id(), v.article(), v.kind(), v.author().displayName()))
            .toList());
  }

  private ConsultationReport.Round round(Consultation round) {
    Language lang = round.languages().get(0);
    return new ConsultationReport.Round(
        round.id(),
        round.law().slug(),
        round.law().expression(lang).orElseThrow().title(),
        round.version().number(),
        round.title(),
        round.languages(),
        WireNames.of(round.status(consultations.now())),
        round.startsAt(),
        round.endsAt());
  }

  /** Sections in the order of the consulted version, then articles inserted after it. */
  private List<ConsultationReport.ArticleSection> sections(
      Consultation round, List<CommentView> all) {
    Map<String, List<CommentView>> byArticle =
        all.stream()
            .collect(
                Collectors.groupingBy(CommentView::article, TreeMap::new, Collectors.toList()));
    List<ConsultationReport.ArticleSection> sections = new ArrayList<>();
    var version = laws.law(round.law(), round.languages().get(0), round.version());
    for (LawViews.ArticleView article : version.articles()) {
      List<CommentView> entries = byArticle.remove(article.eId());
      sections.add(section(article.eId(), article.number(), article.heading(), entries));
    }
    byArticle.forEach((eId, entries) -> sections.add(section(eId, null, null, entries)));
    return sections;
  }

  private static ConsultationReport.ArticleSection section(
      String eId, Integer number, String heading, List<CommentView> entries) {
    List<CommentView> listed = entries == null ? List.of() : entries;
    int threads = (int) listed.stream().filter(v -> v.parent() == null).count();
    return new ConsultationReport.ArticleSection(eId, number, heading, threads, listed);
  }

  /** Every meeting of the round in the order held, with the threads recorded at it. */
  private List<ConsultationReport.MeetingCount> byMeeting(
      Consultation round, List<CommentView> threads) {
    Map<Long, Long> counts =
        threads.stream()
            .filter(v -> v.meeting() != null)
            .collect(Collectors.groupingBy(v -> v.meeting().id(), Collectors.counting()));
    return meetings.of(round).stream()
        .map(
            m ->
                new ConsultationReport.MeetingCount(
                    m.id(), m.title(), m.startsAt(), counts.getOrDefault(m.id(), 0L)))
        .toList();
  }

  private static int count(List<CommentView> threads, String kind) {
    return (int) threads.stream().filter(v -> v.kind().equals(kind)).count();
  }

  private static Map<String, Long> counted(
      List<CommentView> threads, Function<CommentView, String> key) {
    Map<String, Long> counts = new LinkedHashMap<>();
    threads.stream()
        .map(v -> Objects.requireNonNullElse(key.apply(v), NONE))
        .sorted()
        .forEach(k -> counts.merge(k, 1L, Long::sum));
    return counts;
  }
}
