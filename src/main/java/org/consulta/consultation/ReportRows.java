package org.consulta.consultation;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.consulta.consultation.ConsultationReport.Answer;
import org.consulta.consultation.ConsultationReport.Author;
import org.consulta.consultation.ConsultationReport.Contribution;
import org.consulta.drafting.Language;
import org.consulta.platform.DatabaseMigration;

/**
 * Reads every comment of a round as the report prints it, in one query that names each column the
 * report needs: a round of a hundred thousand contributions is read in well under a second, where
 * loading them as entities and building their API views took several. The report is for drafters,
 * who read every comment whole. In a transaction, so that PostgreSQL hands the rows over a batch at
 * a time rather than all at once.
 */
@ApplicationScoped
@Transactional
public class ReportRows {
  private static final int FETCH = 2000;

  private static final String COMMENTS =
      """
      SELECT c.id, c.parent_id, a.e_id, c.lang, c.proposal IS NOT NULL, c.body, c.proposal,
             CASE WHEN c.passage_start IS NOT NULL THEN c.quote END, c.anchor_state, c.created_at,
             c.hidden_at IS NOT NULL, c.hidden_reason, c.withdrawn_at,
             c.disposition, c.response, COALESCE(answerer.display_name, c.responded_by),
             c.responded_at, c.implemented_in, c.channel, c.meeting_id, m.title,
             c.speaker_name, c.speaker_country, c.speaker_sector,
             author.username, author.display_name, p.country, p.sector, p.organisation,
             COALESCE(named.name, o.name)
      FROM consultation_comment c
      JOIN article a ON a.id = c.article_id
      JOIN account author ON author.id = c.author_id
      LEFT JOIN participant p ON p.account_id = c.author_id
      LEFT JOIN organisation o ON o.id = c.organisation_id
      LEFT JOIN organisation_name named ON named.organisation_id = o.id AND named.lang = ?
      LEFT JOIN meeting m ON m.id = c.meeting_id
      LEFT JOIN account answerer ON answerer.username = c.responded_by
      WHERE c.consultation_id = ?
      ORDER BY c.id""";

  private static final String ATTACHMENTS =
      """
      SELECT f.comment_id, f.file_name
      FROM comment_attachment f JOIN consultation_comment c ON c.id = f.comment_id
      WHERE c.consultation_id = ?
      ORDER BY f.id""";

  @Resource(lookup = DatabaseMigration.DATA_SOURCE)
  private DataSource dataSource;

  /**
   * @param law the law's slug, for the links to the revisions that implement answers
   * @param lang the report's language, for the names of organisations
   */
  public List<ReportRow> of(long round, String law, Language lang) {
    try (Connection connection = dataSource.getConnection()) {
      Map<Long, List<String>> files = attachments(connection, round);
      List<ReportRow> rows = new ArrayList<>();
      try (PreparedStatement query = connection.prepareStatement(COMMENTS)) {
        query.setFetchSize(FETCH);
        query.setString(1, lang.name());
        query.setLong(2, round);
        try (ResultSet row = query.executeQuery()) {
          while (row.next()) {
            rows.add(row(row, law, lang, files));
          }
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("the comments of round " + round + " could not be read", e);
    }
  }

  private static Map<Long, List<String>> attachments(Connection connection, long round)
      throws SQLException {
    Map<Long, List<String>> files = new HashMap<>();
    try (PreparedStatement query = connection.prepareStatement(ATTACHMENTS)) {
      query.setLong(1, round);
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          files.computeIfAbsent(row.getLong(1), k -> new ArrayList<>()).add(row.getString(2));
        }
      }
    }
    return files;
  }

  private static ReportRow row(
      ResultSet r, String law, Language lang, Map<Long, List<String>> files) throws SQLException {
    long id = r.getLong(1);
    Long parent = r.getObject(2, Long.class);
    String article = r.getString(3);
    boolean hidden = r.getBoolean(11);
    Instant withdrawn = instant(r, 13);
    boolean shown = !hidden && withdrawn == null;
    String speaker = r.getString(22);
    var contribution =
        new Contribution(
            id,
            parent != null ? "reply" : r.getBoolean(5) ? "suggestion" : "comment",
            Language.valueOf(r.getString(4)),
            author(r, speaker),
            wire(r.getString(19)),
            r.getString(21),
            instant(r, 10),
            r.getString(8),
            parent == null ? wire(r.getString(9)) : null,
            shown ? r.getString(6) : null,
            shown ? r.getString(7) : null,
            hidden ? r.getString(12) : null,
            hidden ? null : withdrawn,
            answer(r, law, article, lang),
            files.getOrDefault(id, List.of()),
            List.of());
    String person = speaker != null ? speaker : "@" + r.getString(25);
    return new ReportRow(id, parent, article, person, r.getObject(20, Long.class), contribution);
  }

  /** A meeting's speaker without an account, or the participant who wrote. */
  private static Author author(ResultSet r, String speaker) throws SQLException {
    String registered = r.getString(30);
    if (speaker != null) {
      return new Author(speaker, registered, r.getString(23), wire(r.getString(24)));
    }
    String own = r.getString(29);
    return new Author(
        r.getString(26),
        registered != null ? registered : own == null || own.isEmpty() ? null : own,
        r.getString(27),
        wire(r.getString(28)));
  }

  private static Answer answer(ResultSet r, String law, String article, Language lang)
      throws SQLException {
    String disposition = r.getString(14);
    if (disposition == null) {
      return null;
    }
    Integer implementedIn = r.getObject(18, Integer.class);
    return new Answer(
        wire(disposition),
        r.getString(15),
        r.getString(16),
        instant(r, 17),
        implementedIn == null
            ? null
            : ConsultationReport.Revision.of(law, article, implementedIn, lang));
  }

  private static Instant instant(ResultSet r, int column) throws SQLException {
    OffsetDateTime at = r.getObject(column, OffsetDateTime.class);
    return at == null ? null : at.toInstant();
  }

  /**
   * An enum constant stored by name, as the API writes it ({@code CIVIL_SOCIETY}: civil_society).
   */
  private static String wire(String stored) {
    return stored == null ? null : stored.toLowerCase(Locale.ROOT);
  }
}
