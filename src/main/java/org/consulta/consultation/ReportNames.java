package org.consulta.consultation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.consulta.drafting.Language;

/**
 * The names a round's comments point to (their authors, the drafters who answered, organisations,
 * meetings and articles), read once per report, each name once: joined to every comment instead,
 * they made the database probe six tables and the engine decode the same names a hundred thousand
 * times.
 */
final class ReportNames {
  /** An author's account, and the participant's details when they registered as one. */
  record Account(
      String person, String displayName, String country, String sector, String organisation) {}

  private static final String NAMES =
      """
      SELECT 'account', a.id, a.username, a.display_name, p.country, p.sector, p.organisation
      FROM account a LEFT JOIN participant p ON p.account_id = a.id
      WHERE a.id = ANY(?) OR a.username = ANY(?)
      UNION ALL
      SELECT 'organisation', o.id, COALESCE(named.name, o.name), NULL, NULL, NULL, NULL
      FROM organisation o
      LEFT JOIN organisation_name named ON named.organisation_id = o.id AND named.lang = ?
      WHERE o.id = ANY(?)
      UNION ALL
      SELECT 'meeting', m.id, m.title, NULL, NULL, NULL, NULL FROM meeting m WHERE m.id = ANY(?)
      UNION ALL
      SELECT 'article', a.id, a.e_id, NULL, NULL, NULL, NULL FROM article a WHERE a.id = ANY(?)""";

  private final Map<Long, Account> accounts = new HashMap<>();
  private final Map<String, String> displayNames = new HashMap<>();
  private final Map<Long, String> organisations = new HashMap<>();
  private final Map<Long, String> meetings = new HashMap<>();
  private final Map<Long, String> articles = new HashMap<>();

  private ReportNames() {}

  /**
   * @param named what the round's comments name
   * @param lang the report's language, for the names of organisations
   */
  static ReportNames read(Connection connection, ReportTally named, Language lang)
      throws SQLException {
    var names = new ReportNames();
    try (PreparedStatement query = connection.prepareStatement(NAMES)) {
      query.setArray(1, connection.createArrayOf("bigint", named.authors().toArray(Long[]::new)));
      query.setArray(
          2, connection.createArrayOf("varchar", named.answerers().toArray(String[]::new)));
      query.setString(3, lang.name());
      query.setArray(
          4, connection.createArrayOf("bigint", named.organisations().toArray(Long[]::new)));
      query.setArray(5, connection.createArrayOf("bigint", named.meetings().toArray(Long[]::new)));
      query.setArray(6, connection.createArrayOf("bigint", named.articles().toArray(Long[]::new)));
      try (ResultSet r = query.executeQuery()) {
        while (r.next()) {
          long id = r.getLong(2);
          switch (r.getString(1)) {
            case "account" -> {
              String username = r.getString(3);
              String displayName = r.getString(4);
              names.accounts.put(
                  id,
                  new Account(
                      "@" + username, displayName, r.getString(5), r.getString(6), r.getString(7)));
              names.displayNames.put(username, displayName);
            }
            case "organisation" -> names.organisations.put(id, r.getString(3));
            case "meeting" -> names.meetings.put(id, r.getString(3));
            default -> names.articles.put(id, r.getString(3));
          }
        }
      }
    }
    return names;
  }

  String article(long id) {
    return articles.get(id);
  }

  Account account(long id) {
    return accounts.get(id);
  }

  /** The display name of whoever answered, or the username it was recorded under. */
  String answerer(String username) {
    return username == null ? null : displayNames.getOrDefault(username, username);
  }

  /** The organisation in the registry, in the report's language; none when {@code id} is null. */
  String organisation(Long id) {
    return id == null ? null : organisations.get(id);
  }

  String meeting(Long id) {
    return id == null ? null : meetings.get(id);
  }
}
