package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Optional;
import org.consulta.drafting.CompressedText;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Stores each article text against the latest earlier text of its article and language stored
 * whole, when that takes less than half of storing it whole, as the engine now writes them (see
 * {@code ArticleRevision}): an amendment mostly repeats the text it amends. Every text stays
 * readable with at most one other; the rows rewritten leave their old versions as free space, which
 * later writes reuse.
 */
public class V26_1__Texts_against_their_base extends BaseJavaMigration {
  private static final int BATCH = 500;

  @Override
  public void migrate(Context context) throws SQLException {
    Connection db = context.getConnection();
    try (Statement s = db.createStatement()) {
      s.execute(
          "ALTER TABLE article_revision ADD COLUMN text_base_id BIGINT"
              + " REFERENCES article_revision (id)");
    }
    try (PreparedStatement read =
            db.prepareStatement(
                "SELECT id, article_id, lang, body FROM article_revision"
                    + " ORDER BY article_id, lang, number");
        PreparedStatement write =
            db.prepareStatement(
                "UPDATE article_revision SET body = ?, text_base_id = ? WHERE id = ?")) {
      read.setFetchSize(BATCH);
      String sequence = null;
      long baseId = 0;
      String base = null;
      int pending = 0;
      try (ResultSet rows = read.executeQuery()) {
        while (rows.next()) {
          long id = rows.getLong(1);
          String of = rows.getLong(2) + "/" + rows.getString(3);
          byte[] whole = rows.getBytes(4);
          String text = CompressedText.decode(whole);
          if (!Objects.equals(of, sequence)) {
            sequence = of;
            base = null;
          }
          Optional<byte[]> against =
              base == null ? Optional.empty() : CompressedText.encode(text, base, whole);
          if (against.isEmpty()) {
            baseId = id;
            base = text;
            continue;
          }
          write.setBytes(1, against.get());
          write.setLong(2, baseId);
          write.setLong(3, id);
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
