package org.consulta.web;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.consulta.api.Deployments;

/**
 * The notification tables of the browser journeys' engine, below the API: the API has no read of a
 * drafter's subscription.
 */
final class NotificationTables {
  private NotificationTables() {}

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
