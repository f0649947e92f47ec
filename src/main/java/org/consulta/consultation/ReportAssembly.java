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
import org.consulta.drafting.Language;

/**
 * Gathers what the summary of the report says, from the contributions that start threads counted in
 * the database (facet by facet: a hundred thousand rows need not be read to count them), the number
 * of replies and the list of contributions awaiting an answer, then puts the report together around
 * its sections. Plain Java, so that the summary is tested without a server.
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

  /**
   * What one count of the summary is about: the contributions (threads) on an article, from a
   * country, sector, organisation, channel, meeting, in an anchor state or of a kind (comment or
   * suggestion), by a person; hidden, withdrawn, or awaiting an answer with a disposition (none
   * when unanswered).
   */
  enum Facet {
    ARTICLE,
    COUNTRY,
    SECTOR,
    ORGANISATION,
    CHANNEL,
    MEETING,
    ANCHOR_STATE,
    KIND,
    PERSON,
    HIDDEN,
    WITHDRAWN,
    DISPOSITION
  }

  /**
   * Adds {@code count} contributions that start threads, all with {@code key} (null: none) as their
   * {@code facet}.
   */
  void count(Facet facet, String key, long count) {
    switch (facet) {
      case ARTICLE -> {
        contributions += (int) count;
        byArticle.merge(key, (int) count, Integer::sum);
      }
      case COUNTRY -> add(byCountry, key, count);
      case SECTOR -> add(bySector, key, count);
      case ORGANISATION -> {
        add(byOrganisation, key, count);
        if (key != null) {
          organisations.add(key);
        }
      }
      case CHANNEL -> add(byChannel, key, count);
      case MEETING -> {
        if (key != null) {
          byMeeting.merge(Long.valueOf(key), count, Long::sum);
        }
      }
      case ANCHOR_STATE -> add(byAnchorState, key, count);
      case KIND -> {
        comments += key.equals("comment") ? (int) count : 0;
        suggestions += key.equals("suggestion") ? (int) count : 0;
      }
      case PERSON -> people.add(key);
      // Hidden and withdrawn contributions await no answer: neither answered nor unanswered.
      case HIDDEN -> hidden += (int) count;
      case WITHDRAWN -> withdrawn += (int) count;
      case DISPOSITION -> {
        add(byDisposition, key, count);
        answered += key != null ? (int) count : 0;
      }
    }
  }

  /** Lists a contribution that awaits an answer (it is counted apart, by {@link #count}). */
  void unanswered(ConsultationReport.Unanswered contribution) {
    unanswered.add(contribution);
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
            byDisposition.getOrDefault(ConsultationReport.NONE, 0L).intValue(),
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
  private static void add(Map<String, Long> counts, String key, long count) {
    counts.merge(Objects.requireNonNullElse(key, ConsultationReport.NONE), count, Long::sum);
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
