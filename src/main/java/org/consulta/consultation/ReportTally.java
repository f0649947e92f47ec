package org.consulta.consultation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.consulta.drafting.Language;

/**
 * Counts the summary of a round's report in the database, where the comments are: the engine reads
 * a thousand counts, and the threads that await an answer, rather than a row for every thread.
 */
final class ReportTally {
  private static final int FETCH = 2000;

  /**
   * The summary's counts of the threads, facet by facet (one grouping set each), computed where the
   * comments are rather than read row by row: what a facet is about is what {@link ReportRows}
   * makes of the same columns (the registry's organisation, else the one the author gave; a speaker
   * at a meeting counts under the name, country and sector recorded for them).
   */
  private static final String COUNTS =
      """
      SELECT CASE WHEN GROUPING(article) = 0 THEN 'ARTICLE'
                  WHEN GROUPING(country) = 0 THEN 'COUNTRY'
                  WHEN GROUPING(sector) = 0 THEN 'SECTOR'
                  WHEN GROUPING(organisation) = 0 THEN 'ORGANISATION'
                  WHEN GROUPING(channel) = 0 THEN 'CHANNEL'
                  WHEN GROUPING(meeting) = 0 THEN 'MEETING'
                  WHEN GROUPING(anchor_state) = 0 THEN 'ANCHOR_STATE'
                  WHEN GROUPING(kind) = 0 THEN 'KIND'
                  WHEN GROUPING(person) = 0 THEN 'PERSON'
                  ELSE state END,
             COALESCE(article, country, sector, organisation, channel, meeting, anchor_state,
                      kind, person, disposition),
             count(*)
      FROM (
        SELECT a.e_id AS article,
               CASE WHEN c.speaker_name IS NOT NULL THEN c.speaker_country ELSE p.country END
                 AS country,
               lower(CASE WHEN c.speaker_name IS NOT NULL THEN c.speaker_sector ELSE p.sector END)
                 AS sector,
               CASE WHEN c.speaker_name IS NOT NULL THEN COALESCE(named.name, o.name)
                    ELSE COALESCE(named.name, o.name, NULLIF(p.organisation, '')) END
                 AS organisation,
               lower(c.channel) AS channel, c.meeting_id::text AS meeting,
               lower(c.anchor_state) AS anchor_state,
               CASE WHEN c.proposal IS NOT NULL THEN 'suggestion' ELSE 'comment' END AS kind,
               COALESCE(c.speaker_name, '@' || author.username) AS person,
               CASE WHEN c.hidden_at IS NOT NULL AND c.hidden_reason IS NOT NULL THEN 'HIDDEN'
                    WHEN c.hidden_at IS NULL AND c.withdrawn_at IS NOT NULL THEN 'WITHDRAWN'
                    ELSE 'DISPOSITION' END AS state,
               lower(c.disposition) AS disposition
        FROM consultation_comment c
        JOIN article a ON a.id = c.article_id
        JOIN account author ON author.id = c.author_id
        LEFT JOIN participant p ON p.account_id = c.author_id
        LEFT JOIN organisation o ON o.id = c.organisation_id
        LEFT JOIN organisation_name named ON named.organisation_id = o.id AND named.lang = ?
        WHERE c.consultation_id = ? AND c.parent_id IS NULL
      ) thread
      GROUP BY GROUPING SETS ((article), (country), (sector), (organisation), (channel), (meeting),
        (anchor_state), (kind), (person), (state, disposition))""";

  /** The threads that await an answer, in no particular order. */
  private static final String UNANSWERED =
      """
      SELECT c.id, a.e_id, c.proposal IS NOT NULL, COALESCE(c.speaker_name, author.display_name)
      FROM consultation_comment c
      JOIN article a ON a.id = c.article_id
      JOIN account author ON author.id = c.author_id
      WHERE c.consultation_id = ? AND c.parent_id IS NULL AND c.disposition IS NULL
        AND NOT (c.hidden_at IS NOT NULL AND c.hidden_reason IS NOT NULL)
        AND NOT (c.hidden_at IS NULL AND c.withdrawn_at IS NOT NULL)""";

  private ReportTally() {}

  /** Counts the threads into {@code summary}, and lists those that await an answer. */
  static void count(Connection connection, long round, Language lang, ReportAssembly summary)
      throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(COUNTS)) {
      query.setString(1, lang.name());
      query.setLong(2, round);
      try (ResultSet count = query.executeQuery()) {
        while (count.next()) {
          summary.count(
              ReportAssembly.Facet.valueOf(count.getString(1)),
              count.getString(2),
              count.getLong(3));
        }
      }
    }
    try (PreparedStatement query = connection.prepareStatement(UNANSWERED)) {
      query.setFetchSize(FETCH);
      query.setLong(1, round);
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          summary.unanswered(
              new ConsultationReport.Unanswered(
                  row.getLong(1),
                  row.getString(2),
                  row.getBoolean(3) ? "suggestion" : "comment",
                  row.getString(4)));
        }
      }
    }
  }
}
