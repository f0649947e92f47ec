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
import java.util.concurrent.ConcurrentHashMap;
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
  private static final Map<String, String> WIRE = new ConcurrentHashMap<>();

  /**
   * Every comment on one article, oldest first, without the names it points to ({@link
   * ReportNames}). The article's id is looked up apart, so that the comments are one range of the
   * (round, article) index rather than a scan of the round.
   */
  private static final String ON_ARTICLE =
      """
      SELECT c.id, c.parent_id, c.lang, c.proposal IS NOT NULL, c.body, c.proposal,
             CASE WHEN c.passage_start IS NOT NULL THEN c.quote END, c.anchor_state, c.created_at,
             c.hidden_at IS NOT NULL, c.hidden_reason, c.withdrawn_at,
             c.disposition, c.response, c.responded_by, c.responded_at, c.implemented_in,
             c.channel, c.meeting_id, c.speaker_name, c.speaker_country, c.speaker_sector,
             c.author_id, c.organisation_id
      FROM consultation_comment c
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
    private ReportNames names;

    private Snapshot(Connection connection, long round, String law, Language lang) {
      this.connection = connection;
      this.round = round;
      this.law = law;
      this.lang = lang;
    }

    /**
     * Counts the threads into {@code summary} and lists those that await an answer, reading on the
     * way the names every comment points to, which {@link #inOrder} uses too.
     */
    void summary(ReportAssembly summary) {
      try {
        var tally = ReportTally.read(connection, round);
        names = ReportNames.read(connection, tally, lang);
        tally.countInto(summary, names);
      } catch (SQLException e) {
        throw new IllegalStateException(
            "the comments of round " + round + " could not be counted", e);
      }
    }

    /**
     * Every comment whole, article by article in the order given, oldest first on each: one query
     * per article, each an index range, rather than one sort of the whole round. After {@link
     * #summary}, which reads the names the comments point to.
     */
    void inOrder(List<String> articles, Consumer<ReportRow> each) {
      try {
        if (files == null) {
          files = attachments();
        }
        try (PreparedStatement query = connection.prepareStatement(ON_ARTICLE)) {
          query.setFetchSize(FETCH);
          for (String article : articles) {
            query.setLong(1, round);
            query.setLong(2, round);
            query.setString(3, article);
            try (ResultSet row = query.executeQuery()) {
              while (row.next()) {
                each.accept(row(row, article, law, lang, files, names));
              }
            }
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
      ResultSet r,
      String article,
      String law,
      Language lang,
      Map<Long, List<String>> files,
      ReportNames names)
      throws SQLException {
    long id = r.getLong(1);
    Long parent = longOrNull(r, 2);
    boolean hidden = r.getBoolean(10);
    Instant withdrawn = instant(r, 12);
    boolean shown = !hidden && withdrawn == null;
    String speaker = r.getString(20);
    Long meeting = longOrNull(r, 19);
    ReportNames.Account account = names.account(r.getLong(23));
    String registered = names.organisation(longOrNull(r, 24));
    var contribution =
        new Contribution(
            id,
            parent != null ? "reply" : r.getBoolean(4) ? "suggestion" : "comment",
            Language.valueOf(r.getString(3)),
            speaker != null
                ? new Author(speaker, registered, r.getString(21), wire(r.getString(22)))
                : author(account, registered),
            wire(r.getString(18)),
            names.meeting(meeting),
            instant(r, 9),
            r.getString(7),
            parent == null ? wire(r.getString(8)) : null,
            shown ? r.getString(5) : null,
            shown ? r.getString(6) : null,
            hidden ? r.getString(11) : null,
            hidden ? null : withdrawn,
            answer(r, names, law, article, lang),
            files.getOrDefault(id, List.of()),
            List.of());
    String person = speaker != null ? speaker : account.person();
    return new ReportRow(id, parent, article, person, meeting, contribution);
  }

  /** The participant who wrote, counted for the registry's organisation, else the one they gave. */
  static Author author(ReportNames.Account account, String registered) {
    String own = account.organisation();
    return new Author(
        account.displayName(),
        registered != null ? registered : own == null || own.isEmpty() ? null : own,
        account.country(),
        wire(account.sector()));
  }

  private static Answer answer(
      ResultSet r, ReportNames names, String law, String article, Language lang)
      throws SQLException {
    String disposition = r.getString(13);
    if (disposition == null) {
      return null;
    }
    int implementedIn = r.getInt(17);
    boolean implemented = !r.wasNull();
    return new Answer(
        wire(disposition),
        r.getString(14),
        names.answerer(r.getString(15)),
        instant(r, 16),
        implemented ? ConsultationReport.Revision.of(law, article, implementedIn, lang) : null);
  }

  /*
   * getLong and getTimestamp rather than getObject(column, type): the application server's wrapper
   * of the driver looks the typed getObject up by reflection at every call, a sixth of the time
   * spent reading a large round.
   */
  static Long longOrNull(ResultSet r, int column) throws SQLException {
    long value = r.getLong(column);
    return r.wasNull() ? null : value;
  }

  private static Instant instant(ResultSet r, int column) throws SQLException {
    Timestamp at = r.getTimestamp(column);
    return at == null ? null : at.toInstant();
  }

  /**
   * An enum constant stored by name, as the API writes it ({@code CIVIL_SOCIETY}: civil_society).
   * The few constants are lowered once: lowering four of them on each of a hundred thousand rows
   * was a tenth of the engine's time reading them.
   */
  static String wire(String stored) {
    return stored == null ? null : WIRE.computeIfAbsent(stored, s -> s.toLowerCase(Locale.ROOT));
  }
}
