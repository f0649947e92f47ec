package org.consulta.consultation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.consulta.consultation.ConsultationReport.Author;

/**
 * Tallies the summary of a round's report from one reading of its comments that leaves out what
 * they say and whom they name: alike threads are counted together, and the names of the few hundred
 * authors, organisations and meetings behind a hundred thousand comments are read once ({@link
 * ReportNames}). Counting in the database instead, one grouping set per facet, cost PostgreSQL more
 * time than it saved the engine.
 */
final class ReportTally {
  private static final int FETCH = 2000;

  private static final String COMMENTS =
      """
      SELECT c.id, c.parent_id IS NULL, c.article_id, c.author_id, c.organisation_id, c.meeting_id,
             c.speaker_name, c.speaker_country, c.speaker_sector, c.channel, c.anchor_state,
             c.proposal IS NOT NULL, c.hidden_at IS NOT NULL AND c.hidden_reason IS NOT NULL,
             c.hidden_at IS NULL AND c.withdrawn_at IS NOT NULL, c.disposition, c.responded_by
      FROM consultation_comment c WHERE c.consultation_id = ?""";

  /**
   * Threads alike in everything the summary counts them by but their article (counted apart, so
   * that there are a few thousand kinds of thread rather than tens of thousands).
   */
  private record Alike(
      long author,
      Long organisation,
      Long meeting,
      String speaker,
      String speakerCountry,
      String speakerSector,
      String channel,
      String anchorState,
      boolean suggestion,
      boolean hidden,
      boolean withdrawn,
      String disposition) {}

  /** A thread that awaits an answer. */
  private record Awaiting(long id, long article, boolean suggestion, long author, String speaker) {}

  private final Map<Alike, Long> threads = new HashMap<>();
  private final Map<Long, Long> byArticle = new HashMap<>();
  // In the order read: the list of unanswered contributions keeps it.
  private final List<Awaiting> awaiting = new ArrayList<>();
  private final Set<Long> articles = new HashSet<>();
  private final Set<Long> authors = new HashSet<>();
  private final Set<Long> organisations = new HashSet<>();
  private final Set<Long> meetings = new HashSet<>();
  private final Set<String> answerers = new HashSet<>();
  private int replies;

  private ReportTally() {}

  /** Reads every comment of the round, and what each names, for the summary. */
  static ReportTally read(Connection connection, long round) throws SQLException {
    var tally = new ReportTally();
    try (PreparedStatement query = connection.prepareStatement(COMMENTS)) {
      query.setFetchSize(FETCH);
      query.setLong(1, round);
      try (ResultSet r = query.executeQuery()) {
        while (r.next()) {
          tally.add(r);
        }
      }
    }
    return tally;
  }

  private void add(ResultSet r) throws SQLException {
    long article = r.getLong(3);
    long author = r.getLong(4);
    Long organisation = ReportRows.longOrNull(r, 5);
    Long meeting = ReportRows.longOrNull(r, 6);
    String answerer = r.getString(16);
    articles.add(article);
    authors.add(author);
    if (organisation != null) {
      organisations.add(organisation);
    }
    if (meeting != null) {
      meetings.add(meeting);
    }
    if (answerer != null) {
      answerers.add(answerer);
    }
    if (!r.getBoolean(2)) {
      replies++;
      return;
    }
    String speaker = r.getString(7);
    boolean suggestion = r.getBoolean(12);
    boolean hidden = r.getBoolean(13);
    boolean withdrawn = r.getBoolean(14);
    String disposition = r.getString(15);
    byArticle.merge(article, 1L, Long::sum);
    threads.merge(
        new Alike(
            author,
            organisation,
            meeting,
            speaker,
            r.getString(8),
            r.getString(9),
            r.getString(10),
            r.getString(11),
            suggestion,
            hidden,
            withdrawn,
            disposition),
        1L,
        Long::sum);
    if (!hidden && !withdrawn && disposition == null) {
      awaiting.add(new Awaiting(r.getLong(1), article, suggestion, author, speaker));
    }
  }

  Set<Long> articles() {
    return articles;
  }

  Set<Long> authors() {
    return authors;
  }

  Set<Long> organisations() {
    return organisations;
  }

  Set<Long> meetings() {
    return meetings;
  }

  Set<String> answerers() {
    return answerers;
  }

  /**
   * Counts the threads into {@code summary} under what the report prints of them ({@link
   * ReportRows} makes the same authors of the same columns), and lists those awaiting an answer.
   */
  void countInto(ReportAssembly summary, ReportNames names) {
    threads.forEach(
        (t, n) -> {
          String registered = names.organisation(t.organisation());
          Author author =
              t.speaker() != null
                  ? new Author(
                      t.speaker(),
                      registered,
                      t.speakerCountry(),
                      ReportRows.wire(t.speakerSector()))
                  : ReportRows.author(names.account(t.author()), registered);
          summary.count(ReportAssembly.Facet.COUNTRY, author.country(), n);
          summary.count(ReportAssembly.Facet.SECTOR, author.sector(), n);
          summary.count(ReportAssembly.Facet.ORGANISATION, author.organisation(), n);
          summary.count(ReportAssembly.Facet.CHANNEL, ReportRows.wire(t.channel()), n);
          summary.count(
              ReportAssembly.Facet.MEETING, t.meeting() == null ? null : t.meeting().toString(), n);
          summary.count(ReportAssembly.Facet.ANCHOR_STATE, ReportRows.wire(t.anchorState()), n);
          summary.count(ReportAssembly.Facet.KIND, t.suggestion() ? "suggestion" : "comment", n);
          summary.count(
              ReportAssembly.Facet.PERSON,
              t.speaker() != null ? t.speaker() : names.account(t.author()).person(),
              n);
          if (t.hidden()) {
            summary.count(ReportAssembly.Facet.HIDDEN, null, n);
          } else if (t.withdrawn()) {
            summary.count(ReportAssembly.Facet.WITHDRAWN, null, n);
          } else {
            summary.count(ReportAssembly.Facet.DISPOSITION, ReportRows.wire(t.disposition()), n);
          }
        });
    byArticle.forEach((id, n) -> summary.count(ReportAssembly.Facet.ARTICLE, names.article(id), n));
    summary.replies(replies);
    for (Awaiting a : awaiting) {
      summary.unanswered(
          new ConsultationReport.Unanswered(
              a.id(),
              names.article(a.article()),
              a.suggestion() ? "suggestion" : "comment",
              a.speaker() != null ? a.speaker() : names.account(a.author()).displayName()));
    }
  }
}
