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
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On a database made by the previous schema (V25): V26 turns the row kept for every revision read
 * for cross-references into a row for each current revision not read yet (exactly the heads that
 * had no links row are left for the backfill, and the links found stay as they were); V26_1 stores
 * amendments against the whole text they amend, and every text reads back as it was.
 */
class LeanRevisionStoreMigrationTest {
  private static final Timestamp AT = Timestamp.from(Instant.parse("2026-03-02T10:00:00Z"));

  private static EmbeddedPostgres postgres;
  private static Connection db;
  private static long law;
  private static long division;
  private static final Set<Long> unreadHeads = new TreeSet<>();
  private static long linkedRevision;
  private static final Map<Long, String> texts = new HashMap<>();
  private static final String ARTICLE =
      "Artículo 12.- El empleador deberá pagar la remuneración convenida en el contrato de"
          + " trabajo, en los plazos que señala el artículo 44, y no podrá descontar de ella sino"
          + " lo que autoricen las leyes.";

  @BeforeAll
  static void previousSchemaWithRevisions() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    flyway().target("25").load().migrate();
    db = postgres.getPostgresDatabase().getConnection();
    law =
        insert(
            "INSERT INTO law (slug, work_uri, topic, created_at) VALUES ('l', '/akn/l', 't', ?)",
            AT);
    division =
        insert(
            "INSERT INTO division (law_id, e_id, kind, ordinal) VALUES (?, 'chp_1', 'CHAPTER', 1)",
            law);
    // Written before V20 and never read: the old revision stays unread, the head is left to read.
    long old = insert("INSERT INTO article (law_id, e_id) VALUES (?, 'art_1')", law);
    revision(old, 1, "Primero.");
    unreadHeads.add(head(old, revision(old, 2, "Primero, enmendado.")));
    // Written since: both revisions read, the second one links to art_1.
    long read = insert("INSERT INTO article (law_id, e_id) VALUES (?, 'art_2')", law);
    link(revision(read, 1, "Segundo."));
    linkedRevision = head(read, revision(read, 2, "Como el artículo 1."));
    link(linkedRevision);
    insert(
        "INSERT INTO cross_reference (revision_id, ordinal, start_at, end_at, number_start,"
            + " number_end, target_e_id) VALUES (?, 0, 5, 18, 17, 18, 'art_1')",
        linkedRevision);
    // A head read by the backfill of an engine after V20.
    long backfilled = insert("INSERT INTO article (law_id, e_id) VALUES (?, 'art_3')", law);
    link(head(backfilled, revision(backfilled, 1, "Tercero.")));
    // Amended, amended again, rewritten, then amended: two texts stored whole, three against them.
    long amended = insert("INSERT INTO article (law_id, e_id) VALUES (?, 'art_4')", law);
    revision(amended, 1, ARTICLE);
    revision(amended, 2, ARTICLE.replace("artículo 44", "artículo 45"));
    revision(amended, 3, ARTICLE.replace("artículo 44", "artículo 45 bis").replace("12", "13"));
    String rewritten = "Artículo 13.- Las remuneraciones se pagarán en moneda de curso legal.";
    revision(amended, 4, rewritten);
    link(head(amended, revision(amended, 5, rewritten.replace("legal", "legal y a tiempo"))));
    flyway().load().migrate();
  }

  @AfterAll
  static void stop() throws Exception {
    db.close();
    postgres.close();
  }

  @Test
  void onlyTheHeadsNeverReadAreLeftToRead() throws SQLException {
    assertEquals(unreadHeads, ids("SELECT revision_id FROM unlinked_revision"));
  }

  @Test
  void theLinksFoundStay() throws SQLException {
    assertEquals(
        Set.of(linkedRevision), ids("SELECT revision_id FROM cross_reference WHERE ordinal = 0"));
  }

  @Test
  void everyTextReadsBackAsItWas() throws SQLException {
    Map<Long, String> after = new HashMap<>();
    try (Statement s = db.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT r.id, r.body, b.body, b.text_base_id FROM article_revision r"
                    + " LEFT JOIN article_revision b ON b.id = r.text_base_id")) {
      while (r.next()) {
        byte[] base = r.getBytes(3);
        assertEquals(0, r.getLong(4), "a base is stored whole");
        after.put(
            r.getLong(1),
            CompressedText.decode(
                r.getBytes(2), base == null ? null : CompressedText.decode(base)));
      }
    }
    assertEquals(texts, after);
  }

  @Test
  void amendmentsAreStoredAgainstTheTextTheyAmend() throws SQLException {
    assertEquals(
        Set.of(2L, 3L, 5L),
        ids(
            "SELECT r.number FROM article_revision r JOIN article a ON a.id = r.article_id"
                + " WHERE a.e_id = 'art_4' AND r.text_base_id IS NOT NULL"));
  }

  @Test
  void noRowIsKeptPerRevisionRead() throws SQLException {
    try (ResultSet tables = db.getMetaData().getTables(null, null, "revision_links", null)) {
      assertFalse(tables.next());
    }
  }

  private static Set<Long> ids(String sql) throws SQLException {
    Set<Long> ids = new TreeSet<>();
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        ids.add(r.getLong(1));
      }
    }
    return ids;
  }

  private static long revision(long article, int number, String body) throws SQLException {
    long id =
        insert(
            "INSERT INTO article_revision (article_id, lang, number, change_kind, merged, division_id,"
                + " sort_key, heading, body, deleted, author, created_at, message)"
                + " VALUES (?, 'es', ?, 'EDITED', false, ?, 'k', '', ?, false, 'drafter', ?, 'm')",
            article,
            number,
            division,
            CompressedText.encode(body),
            AT);
    texts.put(id, body);
    return id;
  }

  private static long head(long article, long revision) throws SQLException {
    execute(
        "INSERT INTO article_head (article_id, lang, revision_id) VALUES (?, 'es', ?)",
        article,
        revision);
    return revision;
  }

  private static void link(long revision) throws SQLException {
    execute("INSERT INTO revision_links (revision_id) VALUES (?)", revision);
  }

  private static org.flywaydb.core.api.configuration.FluentConfiguration flyway() {
    return Flyway.configure()
        .dataSource(postgres.getPostgresDatabase())
        .locations("classpath:db/migration");
  }

  private static void execute(String sql, Object... values) throws SQLException {
    try (PreparedStatement s = db.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      s.executeUpdate();
    }
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
}
