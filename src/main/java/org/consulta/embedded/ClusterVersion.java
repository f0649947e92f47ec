package org.consulta.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Refuses a database cluster that another major version of PostgreSQL made. */
final class ClusterVersion {
  private ClusterVersion() {}

  static void requireMajor(Path cluster, String major) {
    Path versionFile = cluster.resolve("PG_VERSION");
    if (!Files.exists(versionFile)) {
      return;
    }
    String found;
    try {
      found = Files.readString(versionFile).trim();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + versionFile, e);
    }
    if (!found.equals(major)) {
      throw new IllegalStateException(
          "the database in "
              + cluster
              + " was made by PostgreSQL "
              + found
              + ", and this engine runs PostgreSQL "
              + major
              + "; upgrade it with that version's pg_dump and restore it here, or point"
              + " consulta.data.dir elsewhere");
    }
  }
}
