package org.consulta.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Lets one engine at a time do what a start does to an empty database (the admin account, the
 * shipped drafts): nodes started together on one PostgreSQL would otherwise both find the drafts
 * missing, and the second to commit would fail its start on a taken slug. The others wait, then
 * find the work done. A PostgreSQL advisory lock, held by a connection of its own for the length of
 * the work; the work must commit its own transactions before it returns.
 */
@ApplicationScoped
public class FirstStartLock {
  /** Any number; the same on every node. "CONSULTA" in ASCII, read as hexadecimal digits. */
  private static final long KEY = 0x434f4e53554c5441L;

  @Resource(lookup = DatabaseMigration.DATA_SOURCE)
  private DataSource dataSource;

  public void run(Runnable work) {
    try (Connection connection = dataSource.getConnection();
        Statement lock = connection.createStatement()) {
      lock.execute("SELECT pg_advisory_lock(" + KEY + ")");
      try {
        work.run();
      } finally {
        lock.execute("SELECT pg_advisory_unlock(" + KEY + ")");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the lock on the first start could not be taken", e);
    }
  }
}
