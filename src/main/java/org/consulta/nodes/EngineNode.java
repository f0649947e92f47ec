package org.consulta.nodes;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This engine among those that share the database. Its id is kept in the data directory, which no
 * two engines share (each has its own indexes there), so a restarted engine knows the work it left
 * unfinished as its own; its name is for people (host and process).
 */
@ApplicationScoped
public class EngineNode {
  private static final String ID_FILE = "node-id";

  @Inject
  @ConfigProperty(name = "consulta.data.dir", defaultValue = "./data")
  String dataDir;

  private final OffsetDateTime startedAt = OffsetDateTime.now(ZoneOffset.UTC);
  private final String name = host() + ":" + ProcessHandle.current().pid();
  private String id;

  @PostConstruct
  void identify() {
    Path file = Path.of(dataDir, ID_FILE);
    try {
      if (Files.exists(file)) {
        id = Files.readString(file, StandardCharsets.US_ASCII).strip();
      } else {
        id = UUID.randomUUID().toString();
        Files.createDirectories(file.getParent());
        Files.writeString(file, id, StandardCharsets.US_ASCII);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or write the engine's id at " + file, e);
    }
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  OffsetDateTime startedAt() {
    return startedAt;
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "unknown-host";
    }
  }
}
