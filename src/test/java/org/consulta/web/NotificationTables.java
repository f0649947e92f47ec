package org.consulta.web;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.consulta.api.Deployments;

/**
 * The notification tables of the browser journeys' engine, below the API: that engine has mail off,
 * so its outbox is filled here, and the API has no read of a drafter's subscription.
 */
final class NotificationTables {
  private NotificationTables() {}

  /** Writes one mail into the outbox, as the engine's sender would have left it. */
  static void mail(String kind, String recipient, String status, int attempts, String error) {
    try (Connection connection = Deployments.browserDatabase().getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO mail_outbox (kind, recipient, subject, body_text, status, attempts,"
                    + " next_attempt_at, last_error, created_at, sent_at) VALUES (?, ?, ?, 'Text.',"
                    + " ?, ?, now(), ?, now(), CASE WHEN ? = 'sent' THEN now() END)")) {
      insert.setString(1, kind);
      insert.setString(2, recipient);
      insert.setString(3, "About " + recipient);
      insert.setString(4, status);
      insert.setInt(5, attempts);
      insert.setString(6, error);
      insert.setString(7, status);
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot write a mail into the outbox", e);
    }
  }

  /** A round's subscriptions, each as "email lang". */
  static List<String> subscriptions(long round) {
    try (Connection connection = Deployments.browserDatabase().getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT email, lang FROM round_subscription WHERE consultation_id = ?")) {
      query.setLong(1, round);
      try (ResultSet rows = query.executeQuery()) {
        List<String> found = new ArrayList<>();
        while (rows.next()) {
          found.add(rows.getString(1) + " " + rows.getString(2));
        }
        return found;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the subscriptions", e);
    }
  }
}
