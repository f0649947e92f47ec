package org.consulta.embedded;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The few settings the launcher needs before the application (and its MicroProfile Config) exists,
 * read the way MicroProfile Config reads them: system property first, then the environment variable
 * of the same name ({@code consulta.data.dir} → {@code CONSULTA_DATA_DIR}).
 */
record LaunchSettings(Map<String, String> properties, Map<String, String> environment) {
  static final String DATA_DIR = "consulta.data.dir";
  static final String DB_URL = "consulta.db.url";

  static LaunchSettings ofThisProcess() {
    Map<String, String> properties = new java.util.HashMap<>();
    System.getProperties()
        .forEach((key, value) -> properties.put(key.toString(), value.toString()));
    return new LaunchSettings(properties, System.getenv());
  }

  Optional<String> value(String key) {
    String property = properties.get(key);
    if (property != null && !property.isBlank()) {
      return Optional.of(property);
    }
    String variable = environment.get(key.toUpperCase().replace('.', '_'));
    return variable == null || variable.isBlank() ? Optional.empty() : Optional.of(variable);
  }

  Path dataDirectory() {
    return Path.of(value(DATA_DIR).orElse("./data")).toAbsolutePath().normalize();
  }

  /** An operator who names a database URL runs an external PostgreSQL; otherwise it is embedded. */
  boolean embeddedDatabase() {
    return value(DB_URL).isEmpty();
  }
}
