package org.consulta.consultation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.consulta.drafting.Language;

/**
 * What a round produced, per article in the order of the consulted version: every comment,
 * suggestion and reply with the drafters' answers, with counts and what is still unanswered.
 */
public record ConsultationReport(
    Round round,
    Totals totals,
    Map<String, Long> bySector,
    Map<String, Long> byCountry,
    Map<String, Long> byDisposition,
    Map<String, Long> byAnchorState,
    Map<String, Long> byChannel,
    List<MeetingCount> byMeeting,
    List<ArticleSection> articles,
    List<Unanswered> unanswered) {

  public record Round(
      long id,
      String law,
      String lawTitle,
      int version,
      String title,
      List<Language> languages,
      String status,
      Instant startsAt,
      Instant endsAt) {}

  /** Threads are comments and suggestions; replies are counted apart. */
  public record Totals(
      int comments, int suggestions, int replies, int answered, int unanswered, int hidden) {}

  /** One article: its number and heading in the consulted version, and what was said on it. */
  public record ArticleSection(
      String eId, Integer number, String heading, int threads, List<CommentView> entries) {}

  /**
   * A meeting of the round and how many threads were recorded at it (none: it is listed all the
   * same).
   */
  public record MeetingCount(long id, String title, Instant startsAt, long contributions) {}

  public record Unanswered(long id, String article, String kind, String author) {}
}
