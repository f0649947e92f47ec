package org.consulta.platform;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file or directory an operator named in the configuration. Naming one that is not there is a
 * mistake to stop on, not a default to fall back on silently: the start fails, naming both.
 */
public final class ConfiguredPath {
  private ConfiguredPath() {}

  /**
   * @throws IllegalStateException naming {@code key} and the absolute path when nothing is there
   */
  public static Path existing(String key, String value) {
    Path path = Path.of(value).toAbsolutePath().normalize();
    if (!Files.exists(path)) {
      throw new IllegalStateException(key + " names " + path + ", which does not exist");
    }
    return path;
  }
}
