package org.consulta.consultation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.consulta.consultation.ConsultationReport.Contribution;
import org.consulta.drafting.Language;

/**
 * Puts the report together from what the database gave: the consulted articles and every comment of
 * the round oldest first. Plain Java, so that the counts and the order are tested without a server.
 */
final class ReportAssembly {
  /** An article as the round consulted it. */
  record Consulted(String eId, int number, String heading, String text) {}

  private final Language language;
  private final List<ConsultationReport.MeetingCount> meetings;

  /**
   * @param meetings the round's meetings in the order held, their contributions not yet counted
   */
  ReportAssembly(Language language, List<ConsultationReport.MeetingCount> meetings) {
    this.language = language;
    this.meetings = meetings;
  }

  ConsultationReport assemble(
      ConsultationReport.Round round,
      Instant generatedAt,
      List<Consulted> consulted,
      List<ReportRow> all) {
    Map<Long, Contribution> threads = threads(all);
    List<Contribution> contributions = List.copyOf(threads.values());
    // Hidden and withdrawn contributions await no answer.
    List<Contribution> answerable =
        contributions.stream().filter(ReportAssembly::answerable).toList();
    List<Contribution> unanswered = answerable.stream().filter(c -> c.answer() == null).toList();
    Map<Long, String> articleOf = new HashMap<>();
    all.forEach(r -> articleOf.put(r.id(), r.article()));
    var totals = totals(all, contributions, answerable.size(), unanswered.size());
    Map<String, List<Contribution>> byArticle = new LinkedHashMap<>();
    threads.forEach(
        (id, c) -> byArticle.computeIfAbsent(articleOf.get(id), k -> new ArrayList<>()).add(c));
    return new ConsultationReport(
        round,
        language,
        generatedAt,
        totals,
        counted(contributions, c -> c.author().country()),
        counted(contributions, c -> c.author().sector()),
        counted(contributions, c -> c.author().organisation()),
        counted(contributions, Contribution::channel),
        byMeeting(all),
        // Neither answered nor unanswered: left out here as in the totals.
        counted(answerable, c -> c.answer() == null ? null : c.answer().disposition()),
        counted(contributions, Contribution::anchorState),
        ReportArticles.perArticle(consulted, byArticle),
        ReportArticles.sections(consulted, byArticle),
        ReportArticles.quiet(consulted, byArticle),
        unanswered.stream()
            .map(
                c ->
                    new ConsultationReport.Unanswered(
                        c.id(), articleOf.get(c.id()), c.kind(), c.author().displayName()))
            .toList());
  }

  private static ConsultationReport.Totals totals(
      List<ReportRow> all, List<Contribution> contributions, int answerable, int unanswered) {
    Set<String> people = new HashSet<>();
    all.stream().filter(r -> r.parent() == null).forEach(r -> people.add(r.person()));
    return new ConsultationReport.Totals(
        contributions.size(),
        count(contributions, "comment"),
        count(contributions, "suggestion"),
        all.size() - contributions.size(),
        answerable - unanswered,
        unanswered,
        (int) contributions.stream().filter(c -> c.hiddenReason() != null).count(),
        (int)
            contributions.stream()
                .filter(c -> c.hiddenReason() == null && c.withdrawnAt() != null)
                .count(),
        people.size(),
        (int)
            contributions.stream()
                .map(c -> c.author().organisation())
                .filter(Objects::nonNull)
                .distinct()
                .count());
  }

  /** The contributions that start threads, oldest first, each with every reply below it. */
  private static Map<Long, Contribution> threads(List<ReportRow> all) {
    Map<Long, Long> rootOf = new HashMap<>();
    Map<Long, List<Contribution>> replies = new HashMap<>();
    Map<Long, Contribution> roots = new LinkedHashMap<>();
    for (ReportRow r : all) {
      if (r.parent() == null) {
        rootOf.put(r.id(), r.id());
        roots.put(r.id(), r.contribution());
      } else {
        // Oldest first: a reply's parent came before it.
        Long root = rootOf.getOrDefault(r.parent(), r.parent());
        rootOf.put(r.id(), root);
        replies.computeIfAbsent(root, k -> new ArrayList<>()).add(r.contribution());
      }
    }
    Map<Long, Contribution> threads = new LinkedHashMap<>();
    roots.forEach((id, c) -> threads.put(id, withReplies(c, replies.getOrDefault(id, List.of()))));
    return threads;
  }

  private static Contribution withReplies(Contribution c, List<Contribution> replies) {
    return new Contribution(
        c.id(),
        c.kind(),
        c.lang(),
        c.author(),
        c.channel(),
        c.meeting(),
        c.createdAt(),
        c.passage(),
        c.anchorState(),
        c.text(),
        c.replacement(),
        c.hiddenReason(),
        c.withdrawnAt(),
        c.answer(),
        c.attachments(),
        List.copyOf(replies));
  }

  /** Every meeting of the round, with the contributions (threads) recorded at it. */
  private List<ConsultationReport.MeetingCount> byMeeting(List<ReportRow> all) {
    Map<Long, Long> counts = new HashMap<>();
    all.stream()
        .filter(r -> r.parent() == null && r.meeting() != null)
        .forEach(r -> counts.merge(r.meeting(), 1L, Long::sum));
    return meetings.stream()
        .map(
            m ->
                new ConsultationReport.MeetingCount(
                    m.id(),
                    m.title(),
                    m.startsAt(),
                    m.timeZone(),
                    m.place(),
                    m.virtual(),
                    counts.getOrDefault(m.id(), 0L)))
        .toList();
  }

  private static boolean answerable(Contribution c) {
    return c.hiddenReason() == null && c.withdrawnAt() == null;
  }

  private static int count(List<Contribution> threads, String kind) {
    return (int) threads.stream().filter(c -> c.kind().equals(kind)).count();
  }

  /** Counts by key, most first, then by key; contributions without one under {@code none}. */
  private static Map<String, Long> counted(
      List<Contribution> threads, Function<Contribution, String> key) {
    Map<String, Long> counts = new HashMap<>();
    threads.forEach(
        c ->
            counts.merge(
                Objects.requireNonNullElse(key.apply(c), ConsultationReport.NONE), 1L, Long::sum));
    Map<String, Long> ordered = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> ordered.put(e.getKey(), e.getValue()));
    return ordered;
  }
}
