package org.consulta.embedded;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The few settings the launcher needs before the application (and its MicroProfile Config) exists,
 * read the way MicroProfile Config reads them: system property first, then the environment variable
 * of the same name ({@code consulta.data.dir} → {@code CONSULTA_DATA_DIR}).
 */
record LaunchSettings(Map<String, String> properties, Map<String, String> environment) {
  static final String DATA_DIR = "consulta.data.dir";
  static final String DB_URL = "consulta.db.url";

  /** Paths an operator may name, checked here too so that a mistyped one stops the start early. */
  static final List<String> PATH_KEYS = List.of("consulta.drafts.dir", "consulta.thesaurus.file");

  /**
   * The JVM's system properties over those of the file that Payara Micro's {@code
   * --systemProperties} option names, which Payara reads only after the launcher has run.
   */
  static LaunchSettings of(String[] args, Properties system, Map<String, String> environment)
      throws IOException {
    Map<String, String> properties = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equalsIgnoreCase("--systemProperties")) {
        var file = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of(args[i + 1]))) {
          file.load(reader);
        }
        file.forEach((key, value) -> properties.put(key.toString(), value.toString()));
      }
    }
    system.forEach((key, value) -> properties.put(key.toString(), value.toString()));
    return new LaunchSettings(properties, environment);
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

  /** Each configured path of {@link #PATH_KEYS} that does not exist, naming its key. */
  List<String> missingPaths() {
    List<String> missing = new ArrayList<>();
    for (String key : PATH_KEYS) {
      value(key)
          .map(value -> Path.of(value).toAbsolutePath().normalize())
          .filter(path -> !Files.exists(path))
          .ifPresent(path -> missing.add(key + " names " + path + ", which does not exist"));
    }
    return missing;
  }

  /** An operator who names a database URL runs an external PostgreSQL; otherwise it is embedded. */
  boolean embeddedDatabase() {
    return value(DB_URL).isEmpty();
  }
}
