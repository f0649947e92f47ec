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
import org.consulta.consultation.ConsultationReport.Contribution;
import org.consulta.drafting.Language;

/**
 * Counts what the summary of the report says, from the contributions that start threads (handed
 * over one at a time, without their text) and the number of replies, then puts the report together
 * around its sections. Plain Java, so that the counts are tested without a server.
 */
final class ReportAssembly {
  /** An article as the round consulted it. */
  record Consulted(String eId, int number, String heading, String text) {}

  private final Language language;
  private final List<ConsultationReport.MeetingCount> meetings;
  private final Map<String, Long> byCountry = new HashMap<>();
  private final Map<String, Long> bySector = new HashMap<>();
  private final Map<String, Long> byOrganisation = new HashMap<>();
  private final Map<String, Long> byChannel = new HashMap<>();
  private final Map<String, Long> byDisposition = new HashMap<>();
  private final Map<String, Long> byAnchorState = new HashMap<>();
  private final Map<Long, Long> byMeeting = new HashMap<>();
  private final Map<String, Integer> byArticle = new HashMap<>();
  private final Set<String> people = new HashSet<>();
  private final Set<String> organisations = new HashSet<>();
  private final List<ConsultationReport.Unanswered> unanswered = new ArrayList<>();
  private int contributions;
  private int comments;
  private int suggestions;
  private int replies;
  private int answered;
  private int hidden;
  private int withdrawn;

  /**
   * @param meetings the round's meetings in the order held, their contributions not yet counted
   */
  ReportAssembly(Language language, List<ConsultationReport.MeetingCount> meetings) {
    this.language = language;
    this.meetings = meetings;
  }

  /** Counts a contribution that starts a thread. */
  void count(ReportRow row) {
    Contribution c = row.contribution();
    contributions++;
    comments += c.kind().equals("comment") ? 1 : 0;
    suggestions += c.kind().equals("suggestion") ? 1 : 0;
    byArticle.merge(row.article(), 1, Integer::sum);
    people.add(row.person());
    if (c.author().organisation() != null) {
      organisations.add(c.author().organisation());
    }
    add(byCountry, c.author().country());
    add(bySector, c.author().sector());
    add(byOrganisation, c.author().organisation());
    add(byChannel, c.channel());
    add(byAnchorState, c.anchorState());
    if (row.meeting() != null) {
      byMeeting.merge(row.meeting(), 1L, Long::sum);
    }
    // Hidden and withdrawn contributions await no answer: neither answered nor unanswered.
    if (c.hiddenReason() != null) {
      hidden++;
    } else if (c.withdrawnAt() != null) {
      withdrawn++;
    } else if (c.answer() != null) {
      answered++;
      add(byDisposition, c.answer().disposition());
    } else {
      add(byDisposition, null);
      unanswered.add(
          new ConsultationReport.Unanswered(
              c.id(), row.article(), c.kind(), c.author().displayName()));
    }
  }

  /** The articles counted so far, in the report's order. */
  List<String> articles(List<Consulted> consulted) {
    return ReportArticles.said(consulted, byArticle.keySet());
  }

  void replies(int count) {
    replies += count;
  }

  ConsultationReport report(
      ConsultationReport.Round round,
      Instant generatedAt,
      List<Consulted> consulted,
      ReportSections sections) {
    return new ConsultationReport(
        round,
        language,
        generatedAt,
        new ConsultationReport.Totals(
            contributions,
            comments,
            suggestions,
            replies,
            answered,
            unanswered.size(),
            hidden,
            withdrawn,
            people.size(),
            organisations.size()),
        ordered(byCountry),
        ordered(bySector),
        ordered(byOrganisation),
        ordered(byChannel),
        meetingCounts(),
        ordered(byDisposition),
        ordered(byAnchorState),
        ReportArticles.perArticle(consulted, byArticle),
        sections,
        ReportArticles.quiet(consulted, byArticle.keySet()),
        List.copyOf(unanswered));
  }

  /** Every meeting of the round, with the contributions (threads) recorded at it. */
  private List<ConsultationReport.MeetingCount> meetingCounts() {
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
                    byMeeting.getOrDefault(m.id(), 0L)))
        .toList();
  }

  /** Contributions without a value (no country, no answer…) are counted under {@code none}. */
  private static void add(Map<String, Long> counts, String key) {
    counts.merge(Objects.requireNonNullElse(key, ConsultationReport.NONE), 1L, Long::sum);
  }

  /** Most first, then by key. */
  private static Map<String, Long> ordered(Map<String, Long> counts) {
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
