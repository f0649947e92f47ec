package org.consulta.consultation;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.consulta.consultation.ConsultationReport.Answer;
import org.consulta.consultation.ConsultationReport.Author;
import org.consulta.consultation.ConsultationReport.Contribution;
import org.consulta.drafting.Language;
import org.consulta.platform.DatabaseMigration;

/**
 * Reads the comments of a round as the report prints them, with queries that name each column the
 * report needs: a round of a hundred thousand contributions is read in well under a second, where
 * loading them as entities and building their API views took several. Both readings of a report
 * (the summary's, then the sections') see one snapshot of the database, so that the counts agree
 * with what is listed. The report is for drafters, who read every comment whole.
 */
@ApplicationScoped
public class ReportRows {
  private static final int FETCH = 2000;

  private static final String COLUMNS =
      """
      SELECT c.id, c.parent_id, a.e_id, c.lang, c.proposal IS NOT NULL,
             c.body, c.proposal,
             CASE WHEN c.passage_start IS NOT NULL THEN c.quote END, c.anchor_state, c.created_at,
             c.hidden_at IS NOT NULL, c.hidden_reason, c.withdrawn_at,
             c.disposition, c.response, COALESCE(answerer.display_name, c.responded_by),
             c.responded_at, c.implemented_in, c.channel, c.meeting_id, m.title,
             c.speaker_name, c.speaker_country, c.speaker_sector,
             author.username, author.display_name, p.country, p.sector, p.organisation,
             COALESCE(named.name, o.name)
      FROM consultation_comment c
      """;

  private static final String JOINS =
      """
      JOIN article a ON a.id = c.article_id
      JOIN account author ON author.id = c.author_id
      LEFT JOIN participant p ON p.account_id = c.author_id
      LEFT JOIN organisation o ON o.id = c.organisation_id
      LEFT JOIN organisation_name named ON named.organisation_id = o.id AND named.lang = ?
      LEFT JOIN meeting m ON m.id = c.meeting_id
      LEFT JOIN account answerer ON answerer.username = c.responded_by
      """;

  /**
   * The summary's counts of the threads, facet by facet (one grouping set each), computed where the
   * comments are rather than read row by row: what a facet is about is what {@link #row} makes of
   * the same columns (the registry's organisation, else the one the author gave; a speaker at a
   * meeting counts under the name, country and sector recorded for them).
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

  private static final String REPLIES =
      "SELECT count(*) FROM consultation_comment WHERE consultation_id = ? AND parent_id IS NOT NULL";

  /**
   * Every comment on one article, oldest first. The article's id is looked up apart, so that the
   * comments are one range of the (round, article) index rather than a scan of the round.
   */
  private static final String ON_ARTICLE =
      COLUMNS
          + JOINS
          + """
          WHERE c.consultation_id = ? AND c.article_id = (
            SELECT article.id FROM article JOIN consultation round ON round.law_id = article.law_id
            WHERE round.id = ? AND article.e_id = ?)
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
   * Hands {@code use} the round as one snapshot of the database, open until {@code use} returns.
   *
   * @param law the law's slug, for the links to the revisions that implement answers
   * @param lang the report's language, for the names of organisations
   */
  @Transactional
  public <T> T read(long round, String law, Language lang, Function<Snapshot, T> use) {
    try (Connection connection = dataSource.getConnection()) {
      // The transaction's first statement, so that it applies to every reading that follows; and
      // in a transaction, PostgreSQL hands rows over a batch at a time.
      try (Statement snapshot = connection.createStatement()) {
        snapshot.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
      }
      return use.apply(new Snapshot(connection, round, law, lang));
    } catch (SQLException e) {
      throw new IllegalStateException("the comments of round " + round + " could not be read", e);
    }
  }

  /** A round's comments as one transaction sees them. */
  public static final class Snapshot {
    private final Connection connection;
    private final long round;
    private final String law;
    private final Language lang;
    private Map<Long, List<String>> files;

    private Snapshot(Connection connection, long round, String law, Language lang) {
      this.connection = connection;
      this.round = round;
      this.law = law;
      this.lang = lang;
    }

    /** Counts the threads into {@code summary}, and lists those that await an answer. */
    void summary(ReportAssembly summary) {
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
      } catch (SQLException e) {
        throw new IllegalStateException(
            "the comments of round " + round + " could not be counted", e);
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
      } catch (SQLException e) {
        throw new IllegalStateException(
            "the unanswered comments of round " + round + " could not be read", e);
      }
    }

    int replies() {
      try (PreparedStatement query = connection.prepareStatement(REPLIES)) {
        query.setLong(1, round);
        try (ResultSet count = query.executeQuery()) {
          count.next();
          return count.getInt(1);
        }
      } catch (SQLException e) {
        throw new IllegalStateException(
            "the replies of round " + round + " could not be counted", e);
      }
    }

    /**
     * Every comment whole, article by article in the order given, oldest first on each: one query
     * per article, each an index range, rather than one sort of the whole round.
     */
    void inOrder(List<String> articles, Consumer<ReportRow> each) {
      if (files == null) {
        files = attachments();
      }
      for (String article : articles) {
        rows(
            ON_ARTICLE,
            files,
            each,
            query -> {
              query.setString(1, lang.name());
              query.setLong(2, round);
              query.setLong(3, round);
              query.setString(4, article);
            });
      }
    }

    private interface Parameters {
      void set(PreparedStatement query) throws SQLException;
    }

    private void rows(
        String sql,
        Map<Long, List<String>> files,
        Consumer<ReportRow> each,
        Parameters parameters) {
      try (PreparedStatement query = connection.prepareStatement(sql)) {
        query.setFetchSize(FETCH);
        parameters.set(query);
        try (ResultSet row = query.executeQuery()) {
          while (row.next()) {
            each.accept(row(row, law, lang, files));
          }
        }
      } catch (SQLException e) {
        throw new IllegalStateException("the comments of round " + round + " could not be read", e);
      }
    }

    private Map<Long, List<String>> attachments() {
      Map<Long, List<String>> files = new HashMap<>();
      try (PreparedStatement query = connection.prepareStatement(ATTACHMENTS)) {
        query.setLong(1, round);
        try (ResultSet row = query.executeQuery()) {
          while (row.next()) {
            files.computeIfAbsent(row.getLong(1), k -> new ArrayList<>()).add(row.getString(2));
          }
        }
      } catch (SQLException e) {
        throw new IllegalStateException("the files of round " + round + " could not be read", e);
      }
      return files;
    }
  }

  private static ReportRow row(
      ResultSet r, String law, Language lang, Map<Long, List<String>> files) throws SQLException {
    long id = r.getLong(1);
    Long parent = longOrNull(r, 2);
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
    return new ReportRow(id, parent, article, person, longOrNull(r, 20), contribution);
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
    int implementedIn = r.getInt(18);
    boolean implemented = !r.wasNull();
    return new Answer(
        wire(disposition),
        r.getString(15),
        r.getString(16),
        instant(r, 17),
        implemented ? ConsultationReport.Revision.of(law, article, implementedIn, lang) : null);
  }

  /*
   * getLong and getTimestamp rather than getObject(column, type): the application server's wrapper
   * of the driver looks the typed getObject up by reflection at every call, a sixth of the time
   * spent reading a large round.
   */
  private static Long longOrNull(ResultSet r, int column) throws SQLException {
    long value = r.getLong(column);
    return r.wasNull() ? null : value;
  }

  private static Instant instant(ResultSet r, int column) throws SQLException {
    Timestamp at = r.getTimestamp(column);
    return at == null ? null : at.toInstant();
  }

  /**
   * An enum constant stored by name, as the API writes it ({@code CIVIL_SOCIETY}: civil_society).
   */
  private static String wire(String stored) {
    return stored == null ? null : stored.toLowerCase(Locale.ROOT);
  }
}
