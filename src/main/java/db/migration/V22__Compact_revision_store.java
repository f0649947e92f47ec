package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.consulta.drafting.CompressedText;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Makes the revision store compact, converting what is there in place (in Java, because PostgreSQL
 * has no deflate of its own).
 *
 * <p>A recorded version held a row per article per language (law_version_revision): 700 versions of
 * a 600-article code made 400,000 rows, most of the database. A head only ever moves to the next
 * revision of its article, so a revision that left a version's membership never comes back: a
 * version is fully described by the revisions that entered it since the previous version of its
 * law, and its membership is, per article and language, the latest revision that entered it or an
 * earlier version.
 *
 * <p>Article texts are stored deflated ({@link CompressedText}). The rows rewritten here leave
 * their old versions behind as free space, which later writes reuse (or VACUUM FULL returns).
 */
public class V22__Compact_revision_store extends BaseJavaMigration {
  private static final int BATCH = 500;

  @Override
  public void migrate(Context context) throws SQLException {
    Connection db = context.getConnection();
    try (Statement s = db.createStatement()) {
      s.execute("ALTER TABLE law_version ADD COLUMN entered BIGINT[] NOT NULL DEFAULT '{}'");
      s.execute(
          "UPDATE law_version v SET entered = coalesce(("
              + " SELECT array_agg(m.revision_id ORDER BY m.revision_id)"
              + " FROM law_version_revision m WHERE m.version_id = v.id AND NOT EXISTS ("
              + "  SELECT 1 FROM law_version_revision p JOIN law_version pv ON pv.id = p.version_id"
              + "  WHERE p.revision_id = m.revision_id AND pv.law_id = v.law_id"
              + "  AND pv.number < v.number)), '{}')");
      s.execute("DROP TABLE law_version_revision");
      // The unique (article_id, lang, number) index serves every lookup by article and language.
      s.execute("DROP INDEX article_revision_article");
      s.execute("ALTER TABLE article_revision ADD COLUMN deflated BYTEA");
    }
    compressBodies(db);
    try (Statement s = db.createStatement()) {
      s.execute("ALTER TABLE article_revision DROP COLUMN body");
      s.execute("ALTER TABLE article_revision RENAME COLUMN deflated TO body");
      s.execute("ALTER TABLE article_revision ALTER COLUMN body SET NOT NULL");
    }
  }

  private static void compressBodies(Connection db) throws SQLException {
    try (PreparedStatement read = db.prepareStatement("SELECT id, body FROM article_revision");
        PreparedStatement write =
            db.prepareStatement("UPDATE article_revision SET deflated = ? WHERE id = ?")) {
      read.setFetchSize(BATCH);
      int pending = 0;
      try (ResultSet rows = read.executeQuery()) {
        while (rows.next()) {
          write.setBytes(1, CompressedText.encode(rows.getString(2)));
          write.setLong(2, rows.getLong(1));
          write.addBatch();
          if (++pending == BATCH) {
            write.executeBatch();
            pending = 0;
          }
        }
      }
      if (pending > 0) {
        write.executeBatch();
      }
    }
  }
}
