package org.consulta.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Who may call each operation, as {@code src/test/resources/api/access-matrix.csv} states it: one
 * row per operation ({@code method,path}), then per role {@code allowed}, {@code 401} or {@code
 * 403}; lines starting with {@code #} explain. "Allowed" means the role gate lets the caller
 * through; the request may still be refused for what it says.
 */
public final class AccessTable {
  /**
   * The roles of the table's columns, in order; {@code admin} is an account with only that role.
   */
  public static final List<String> ROLES = List.of("anonymous", "participant", "drafter", "admin");

  public static final String ALLOWED = "allowed";
  private static final String RESOURCE = "/api/access-matrix.csv";

  private final Map<String, Map<String, String>> rows;

  private AccessTable(Map<String, Map<String, String>> rows) {
    this.rows = rows;
  }

  public static AccessTable load() {
    var stream = AccessTable.class.getResourceAsStream(RESOURCE);
    Objects.requireNonNull(stream, RESOURCE + " is missing");
    Map<String, Map<String, String>> rows = new LinkedHashMap<>();
    try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      reader
          .lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("method,"))
          .forEach(line -> add(rows, line));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new AccessTable(rows);
  }

  private static void add(Map<String, Map<String, String>> rows, String line) {
    String[] cells = line.split(",", -1);
    if (cells.length != 2 + ROLES.size()) {
      throw new IllegalStateException(
          RESOURCE + ": expected method,path and one cell per role: " + line);
    }
    Map<String, String> outcomes = new LinkedHashMap<>();
    for (int i = 0; i < ROLES.size(); i++) {
      outcomes.put(ROLES.get(i), cells[2 + i].trim());
    }
    String key = cells[0].trim() + " " + cells[1].trim();
    if (rows.put(key, Map.copyOf(outcomes)) != null) {
      throw new IllegalStateException(RESOURCE + " lists " + key + " twice");
    }
  }

  /** The operations the table lists, as {@code GET /api/laws}. */
  public List<String> operations() {
    return List.copyOf(rows.keySet());
  }

  public boolean lists(String operation) {
    return rows.containsKey(operation);
  }

  /** {@code allowed}, {@code 401} or {@code 403}. */
  public String expected(String operation, String role) {
    return rows.get(operation).get(role);
  }

  public boolean allows(String operation, String role) {
    return lists(operation) && ALLOWED.equals(expected(operation, role));
  }
}
