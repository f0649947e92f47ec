package org.consulta.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** What the tests that start the engine jar in a JVM of its own share: a port, waits, its log. */
public final class EngineJars {
  private EngineJars() {}

  /** A port no one listens on now. */
  public static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  public static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The last {@code count} lines of a log, to say why a start failed. */
  public static String tail(Path log, int count) throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
  }

  /** Whether the engine at {@code api} lists its laws: the drafts are loaded. */
  public static boolean servesDrafts(URI api) {
    try {
      Api.Reply laws = Api.anonymous(api).get("laws");
      return laws.status() == 200 && !laws.array().isEmpty();
    } catch (UncheckedIOException | ClassCastException e) {
      return false;
    }
  }

  /**
   * Waits until the engine {@code process} serves its drafts, looking every {@code every}; kills it
   * and fails with its log when it exits first or {@code limit} passes.
   */
  public static void awaitDrafts(
      Process process, URI api, Path log, Duration limit, Duration every, String name)
      throws IOException {
    Instant deadline = Instant.now().plus(limit);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the " + name + " exited at start:\n" + tail(log, 40));
      }
      if (servesDrafts(api)) {
        return;
      }
      pause(every);
    }
    process.destroyForcibly();
    throw new IllegalStateException(
        "the " + name + " did not serve its drafts within " + limit + ":\n" + tail(log, 40));
  }
}
