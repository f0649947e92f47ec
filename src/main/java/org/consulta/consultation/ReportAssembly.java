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
 * Puts the report together from what the database gave: the consulted articles, every comment of
 * the round oldest first, and the organisation each contribution counts for. Plain Java, so that
 * the counts and the order are tested without a server.
 */
final class ReportAssembly {
  /** An article as the round consulted it. */
  record Consulted(String eId, int number, String heading, String text) {}

  private final String lawSlug;
  private final Language language;
  private final Map<Long, String> organisations;
  private final List<ConsultationReport.MeetingCount> meetings;

  /**
   * @param organisations the registry's organisations by id, named in the report's language; a
   *     contribution whose organisation is not among them keeps the name its view gives
   * @param meetings the round's meetings in the order held, their contributions not yet counted
   */
  ReportAssembly(
      String lawSlug,
      Language language,
      Map<Long, String> organisations,
      List<ConsultationReport.MeetingCount> meetings) {
    this.lawSlug = lawSlug;
    this.language = language;
    this.organisations = organisations;
    this.meetings = meetings;
  }

  ConsultationReport assemble(
      ConsultationReport.Round round,
      Instant generatedAt,
      List<Consulted> consulted,
      List<CommentView> all) {
    Map<Long, Contribution> threads = threads(all);
    List<Contribution> contributions = List.copyOf(threads.values());
    // Hidden and withdrawn contributions await no answer.
    List<Contribution> answerable =
        contributions.stream().filter(ReportAssembly::answerable).toList();
    List<Contribution> unanswered = answerable.stream().filter(c -> c.answer() == null).toList();
    Map<Long, String> articleOf = new HashMap<>();
    all.forEach(v -> articleOf.put(v.id(), v.article()));
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
      List<CommentView> all, List<Contribution> contributions, int answerable, int unanswered) {
    Set<String> people = new HashSet<>();
    // Someone who spoke at a meeting without an account is known by the name recorded.
    all.stream()
        .filter(v -> v.parent() == null)
        .forEach(
            v ->
                people.add(
                    v.author().username() != null
                        ? "@" + v.author().username()
                        : v.author().displayName()));
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
  private Map<Long, Contribution> threads(List<CommentView> all) {
    Map<Long, Long> rootOf = new HashMap<>();
    Map<Long, List<Contribution>> replies = new HashMap<>();
    Map<Long, CommentView> roots = new LinkedHashMap<>();
    for (CommentView v : all) {
      if (v.parent() == null) {
        rootOf.put(v.id(), v.id());
        roots.put(v.id(), v);
      } else {
        // Oldest first: a reply's parent came before it.
        Long root = rootOf.getOrDefault(v.parent(), v.parent());
        rootOf.put(v.id(), root);
        replies.computeIfAbsent(root, k -> new ArrayList<>()).add(contribution(v, List.of()));
      }
    }
    Map<Long, Contribution> threads = new LinkedHashMap<>();
    roots.forEach((id, v) -> threads.put(id, contribution(v, replies.getOrDefault(id, List.of()))));
    return threads;
  }

  private Contribution contribution(CommentView v, List<Contribution> replies) {
    boolean shown = v.hidden() == null && v.withdrawnAt() == null;
    var a = v.disposition();
    return new Contribution(
        v.id(),
        v.kind(),
        v.lang(),
        new ConsultationReport.Author(
            v.author().displayName(),
            organisation(v.author()),
            v.author().country(),
            v.author().sector()),
        v.channel(),
        v.meeting() == null ? null : v.meeting().title(),
        v.createdAt(),
        v.passage() == null ? null : v.passage().quote(),
        v.anchor() == null ? null : v.anchor().state(),
        shown ? v.text() : null,
        shown ? v.replacement() : null,
        v.hidden() == null ? null : v.hidden().reason(),
        v.hidden() == null ? v.withdrawnAt() : null,
        a == null
            ? null
            : new ConsultationReport.Answer(
                a.value(),
                a.response(),
                a.byName(),
                a.at(),
                a.implementedIn() == null ? null : revision(v.article(), a.implementedIn())),
        v.attachments().stream().map(AttachmentView::name).toList(),
        List.copyOf(replies));
  }

  private String organisation(CommentView.AuthorView author) {
    Long id = author.organisationId();
    if (id != null && organisations.containsKey(id)) {
      return organisations.get(id);
    }
    return author.organisation() == null || author.organisation().isBlank()
        ? null
        : author.organisation();
  }

  /** Every meeting of the round, with the contributions (threads) recorded at it. */
  private List<ConsultationReport.MeetingCount> byMeeting(List<CommentView> all) {
    Map<Long, Long> counts = new HashMap<>();
    all.stream()
        .filter(v -> v.parent() == null && v.meeting() != null)
        .forEach(v -> counts.merge(v.meeting().id(), 1L, Long::sum));
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

  private ConsultationReport.Revision revision(String eId, int number) {
    return new ConsultationReport.Revision(
        number, "#/laws/" + lawSlug + "/articles/" + eId + "/history?lang=" + language.name());
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
