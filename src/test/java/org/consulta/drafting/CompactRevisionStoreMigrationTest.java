package org.consulta.drafting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
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
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * V22 converts a database made by the previous release (schema V18, a row per article per language
 * per version, texts stored raw): every version of every law must hold the same revisions after it
 * as before, every revision the same text, and a consultation on a version its comments.
 */
class CompactRevisionStoreMigrationTest {
  private static final Timestamp AT = Timestamp.from(Instant.parse("2026-03-02T10:00:00Z"));

  private static EmbeddedPostgres postgres;
  private static Connection db;

  /** Version id → its revision ids per language, as the previous release stored them. */
  private static final Map<Long, Map<String, Set<Long>>> before = new TreeMap<>();

  private static final List<String> revisionsBefore = new ArrayList<>();
  private static long commentId;

  @BeforeAll
  static void previousReleaseWithHistory() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    flyway().target("18").load().migrate();
    db = postgres.getPostgresDatabase().getConnection();
    long account =
        insert(
            "INSERT INTO account (username, display_name, password_hash, created_at)"
                + " VALUES ('drafter', 'Drafter', 'x', ?)",
            AT);
    var gender = new OldRelease("gender");
    var water = new OldRelease("water");
    long a1 = gender.article("art_1", "Primer texto.", "First text.");
    long a2 = gender.article("art_2", "Segundo texto.", "Second text.");
    long v1 = gender.record();
    long w1 = water.article("art_1", "Agua.", "Water.");
    water.record();
    gender.revise(a1, "es", "Primer texto, enmendado.", false);
    long v2 = gender.record();
    long a3 = gender.article("art_3", "Tercero.", "Third.");
    gender.revise(a2, "es", "Segundo texto.", true);
    water.revise(w1, "en", "Water, amended.", false);
    gender.record();
    water.record();
    gender.record();
    gender.revise(a1, "es", "Primer texto, otra vez.", false);
    gender.revise(a1, "es", "Primer texto, por tercera vez.", false);
    gender.revise(a3, "en", "Third, amended.", false);
    gender.record();
    long round =
        insert(
            "INSERT INTO consultation (law_id, version_id, title, description, languages,"
                + " starts_at, ends_at, created_by, created_at) VALUES (?, ?, 'Round', '', 'es',"
                + " ?, ?, 'drafter', ?)",
            gender.law,
            v2,
            AT,
            AT,
            AT);
    commentId =
        insert(
            "INSERT INTO consultation_comment (consultation_id, article_id, lang, revision,"
                + " author_id, body, created_at) VALUES (?, ?, 'es', 2, ?, 'Bien.', ?)",
            round,
            a1,
            account,
            AT);
    assertFalse(v1 == v2);
    readBefore();
    flyway().load().migrate();
  }

  @AfterAll
  static void stop() throws Exception {
    db.close();
    postgres.close();
  }

  @Test
  void everyVersionHoldsTheSameRevisions() throws SQLException {
    for (var version : before.entrySet()) {
      for (String lang : List.of("es", "en")) {
        assertEquals(
            version.getValue().getOrDefault(lang, Set.of()),
            membersAfter(version.getKey(), lang),
            "version " + version.getKey() + " in " + lang);
      }
    }
    assertEquals(7, before.size());
  }

  @Test
  void everyRevisionKeepsItsText() throws SQLException {
    assertEquals(revisionsBefore, revisions(true));
  }

  @Test
  void theConsultationKeepsItsVersionAndComment() throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT v.number, c.body FROM consultation_comment c"
                    + " JOIN consultation k ON k.id = c.consultation_id"
                    + " JOIN law_version v ON v.id = k.version_id WHERE c.id = "
                    + commentId)) {
      r.next();
      assertEquals(2, r.getInt(1));
      assertEquals("Bien.", r.getString(2));
    }
  }

  private static org.flywaydb.core.api.configuration.FluentConfiguration flyway() {
    return Flyway.configure()
        .dataSource(postgres.getPostgresDatabase())
        .locations("classpath:db/migration");
  }

  private static void readBefore() throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT m.version_id, r.lang, m.revision_id FROM law_version_revision m"
                    + " JOIN article_revision r ON r.id = m.revision_id")) {
      while (r.next()) {
        before
            .computeIfAbsent(r.getLong(1), v -> new TreeMap<>())
            .computeIfAbsent(r.getString(2), l -> new TreeSet<>())
            .add(r.getLong(3));
      }
    }
    revisionsBefore.addAll(revisions(false));
  }

  private static Set<Long> membersAfter(long versionId, String lang) throws SQLException {
    Set<Long> ids = new TreeSet<>();
    try (PreparedStatement s = db.prepareStatement(LawVersions.MEMBERS.replaceAll("\\?\\d", "?"))) {
      try (Statement find = db.createStatement();
          ResultSet v =
              find.executeQuery("SELECT law_id, number FROM law_version WHERE id = " + versionId)) {
        v.next();
        s.setLong(1, v.getLong(1));
        s.setInt(2, v.getInt(2));
      }
      s.setString(3, lang);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          ids.add(r.getLong(1));
        }
      }
    }
    return ids;
  }

  /** A text as stored since V26_1: whole, or against the whole text of another revision. */
  private static String stored(byte[] body, byte[] base) {
    return CompressedText.decode(body, base == null ? null : CompressedText.decode(base));
  }

  /** Every revision's identity and text, its body {@code deflated} as V22 stores it or not. */
  private static List<String> revisions(boolean deflated) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet r =
            s.executeQuery(
                deflated
                    ? "SELECT r.id, r.article_id, r.lang, r.number, r.deleted, r.heading, r.body,"
                        + " b.body FROM article_revision r"
                        + " LEFT JOIN article_revision b ON b.id = r.text_base_id ORDER BY r.id"
                    : "SELECT id, article_id, lang, number, deleted, heading, body"
                        + " FROM article_revision ORDER BY id")) {
      while (r.next()) {
        rows.add(
            r.getLong(1)
                + "|"
                + r.getLong(2)
                + "|"
                + r.getString(3)
                + "|"
                + r.getInt(4)
                + "|"
                + r.getBoolean(5)
                + "|"
                + r.getString(6)
                + "|"
                + (deflated ? stored(r.getBytes(7), r.getBytes(8)) : r.getString(7)));
      }
    }
    return rows;
  }

  private static long insert(String sql, Object... values) throws SQLException {
    try (PreparedStatement s = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  /** Writes a law's history the way the previous release did, heads and version rows included. */
  private static final class OldRelease {
    final long law;
    private final long division;
    private final Map<String, Integer> numbers = new HashMap<>();
    private int versions;

    OldRelease(String slug) throws SQLException {
      this.law =
          insert(
              "INSERT INTO law (slug, work_uri, topic, created_at) VALUES (?, ?, 'topic', ?)",
              slug,
              "/akn/" + slug,
              AT);
      for (String lang : List.of("es", "en")) {
        insert(
            "INSERT INTO law_expression (law_id, lang, title) VALUES (?, ?, ?)",
            law,
            lang,
            slug + " " + lang);
      }
      this.division =
          insert(
              "INSERT INTO division (law_id, e_id, kind, ordinal) VALUES (?, 'chp_1', 'CHAPTER', 1)",
              law);
    }

    long article(String eId, String es, String en) throws SQLException {
      long article = insert("INSERT INTO article (law_id, e_id) VALUES (?, ?)", law, eId);
      for (String lang : List.of("es", "en")) {
        long revision = write(article, lang, 1, lang.equals("es") ? es : en, false, eId);
        try (PreparedStatement s =
            db.prepareStatement(
                "INSERT INTO article_head (article_id, lang, revision_id) VALUES (?, ?, ?)")) {
          s.setLong(1, article);
          s.setString(2, lang);
          s.setLong(3, revision);
          s.executeUpdate();
        }
      }
      return article;
    }

    void revise(long article, String lang, String body, boolean deleted) throws SQLException {
      int number = numbers.get(article + lang) + 1;
      long revision = write(article, lang, number, body, deleted, "k" + article);
      try (PreparedStatement s =
          db.prepareStatement(
              "UPDATE article_head SET revision_id = ? WHERE article_id = ? AND lang = ?")) {
        s.setLong(1, revision);
        s.setLong(2, article);
        s.setString(3, lang);
        s.executeUpdate();
      }
    }

    long record() throws SQLException {
      long version =
          insert(
              "INSERT INTO law_version (law_id, number, label, author, created_at)"
                  + " VALUES (?, ?, 'v', 'drafter', ?)",
              law,
              ++versions,
              AT);
      try (PreparedStatement s =
          db.prepareStatement(
              "INSERT INTO law_version_revision (version_id, revision_id) SELECT ?, h.revision_id"
                  + " FROM article_head h JOIN article a ON a.id = h.article_id"
                  + " WHERE a.law_id = ?")) {
        s.setLong(1, version);
        s.setLong(2, law);
        s.executeUpdate();
      }
      return version;
    }

    private long write(
        long article, String lang, int number, String body, boolean deleted, String sortKey)
        throws SQLException {
      numbers.put(article + lang, number);
      long revision =
          insert(
              "INSERT INTO article_revision (article_id, lang, number, change_kind, merged,"
                  + " division_id, sort_key, heading, body, deleted, author, created_at, message)"
                  + " VALUES (?, ?, ?, ?, false, ?, ?, '', ?, ?, 'drafter', ?, 'm')",
              article,
              lang,
              number,
              deleted ? "DELETED" : number == 1 ? "CREATED" : "EDITED",
              division,
              sortKey,
              body,
              deleted,
              AT);
      return revision;
    }
  }
}
