package org.consulta.consultation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.consulta.drafting.Language;

/**
 * The comment–response matrix of a round, the one model every format renders: a summary (totals,
 * participation by country, sector, organisation, channel and meeting, answers), then each article
 * that received contributions in the order of the consulted version, with its consulted text, every
 * contribution, the drafters' answer and the revision that implements it. Articles without
 * contributions are only named in runs ({@link #withoutContributions}). Counts are keyed by the
 * API's codes ({@code civil_society}, {@code MX}); the printed formats put them in words.
 */
public record ConsultationReport(
    Round round,
    Language language,
    Instant generatedAt,
    Totals totals,
    Map<String, Long> byCountry,
    Map<String, Long> bySector,
    Map<String, Long> byOrganisation,
    Map<String, Long> byChannel,
    List<MeetingCount> byMeeting,
    Map<String, Long> byDisposition,
    Map<String, Long> byAnchorState,
    List<ArticleCount> perArticle,
    ReportSections articles,
    List<NumberRun> withoutContributions,
    List<Unanswered> unanswered) {

  /** The key under which contributions without a value (no country, no answer…) are counted. */
  public static final String NONE = "none";

  public record Round(
      long id,
      String law,
      String lawTitle,
      String workUri,
      int version,
      String title,
      List<Language> languages,
      String status,
      Instant startsAt,
      Instant endsAt) {}

  /**
   * Contributions are comments and suggestions (threads); replies are counted apart. Hidden and
   * withdrawn contributions await no answer and are neither answered nor unanswered: {@code
   * answered + unanswered + hidden + withdrawn} is every contribution, and {@link #byDisposition}
   * counts exactly the answered and unanswered ones.
   */
  public record Totals(
      int contributions,
      int comments,
      int suggestions,
      int replies,
      int answered,
      int unanswered,
      int hidden,
      int withdrawn,
      int participants,
      int organisations) {

    /**
     * Each total in the order the printed formats list them, under the key their words name it by
     * ({@code total.} and the key).
     */
    public Map<String, Integer> named() {
      Map<String, Integer> named = new LinkedHashMap<>();
      named.put("contributions", contributions);
      named.put("comments", comments);
      named.put("suggestions", suggestions);
      named.put("replies", replies);
      named.put("answered", answered);
      named.put("unanswered", unanswered);
      named.put("hidden", hidden);
      named.put("withdrawn", withdrawn);
      named.put("participants", participants);
      named.put("organisations", organisations);
      return named;
    }
  }

  /** How many contributions an article received, for every article of the consulted version. */
  public record ArticleCount(String eId, Integer number, int contributions) {}

  /**
   * An article that received contributions: its number, heading and text in the consulted version
   * (none for an article inserted after it), and the contributions in the order they were made.
   */
  public record ArticleSection(
      String eId,
      Integer number,
      String heading,
      String text,
      int threads,
      List<Contribution> contributions) {}

  /**
   * A comment, suggestion or reply. A hidden one keeps only the reason it was hidden, a withdrawn
   * one only when its author withdrew it; replies sit in {@link #replies} of the contribution that
   * started their thread.
   */
  public record Contribution(
      long id,
      String kind,
      Language lang,
      Author author,
      String channel,
      String meeting,
      Instant createdAt,
      String passage,
      String anchorState,
      String text,
      String replacement,
      String hiddenReason,
      Instant withdrawnAt,
      Answer answer,
      List<String> attachments,
      List<Contribution> replies) {}

  /** Who spoke: display name, the organisation the contribution counts for, country, sector. */
  public record Author(String displayName, String organisation, String country, String sector) {}

  public record Answer(
      String disposition, String response, String by, Instant at, Revision implementedIn) {}

  /**
   * The revision of the article that implements an answer, and where the web application shows it
   * (relative to the application's root).
   */
  public record Revision(int number, String link) {
    static Revision of(String law, String eId, int number, Language lang) {
      return new Revision(
          number, "#/laws/" + law + "/articles/" + eId + "/history?lang=" + lang.name());
    }
  }

  /**
   * A meeting of the round, when and where it was held, and how many contributions were recorded at
   * it (none: it is listed all the same), in the order held.
   */
  public record MeetingCount(
      long id,
      String title,
      Instant startsAt,
      String timeZone,
      String place,
      boolean virtual,
      long contributions) {}

  /** Articles {@code from}–{@code to} of the consulted version (one article when equal). */
  public record NumberRun(int from, int to) {}

  public record Unanswered(long id, String article, String kind, String author) {}
}
