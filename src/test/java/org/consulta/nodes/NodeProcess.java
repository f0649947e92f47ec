package org.consulta.nodes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.consulta.api.Api;
import org.consulta.api.Deployments;

/**
 * One engine of several: the engine jar in its own JVM, with a data directory of its own (its
 * indexes) and the shared PostgreSQL named by URL, as an operator runs nodes behind a balancer.
 */
public final class NodeProcess implements AutoCloseable {
  private static final Duration START_LIMIT = Duration.ofMinutes(4);

  /** Where the nodes' database is and what they run. */
  public record Cluster(Path jar, Path drafts, String jdbcUrl, String user, String password) {}

  private final Process process;
  private final URI root;
  private final Path log;

  private NodeProcess(Process process, URI root, Path log) {
    this.process = process;
    this.root = root;
    this.log = log;
  }

  /** Starts a node on {@code data} and waits until it serves the drafts. */
  public static NodeProcess start(Cluster cluster, Path data, String heap) throws IOException {
    int port = freePort();
    Files.createDirectories(data);
    Path log = data.resolveSibling(data.getFileName() + "-" + System.nanoTime() + ".log");
    var command =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx" + heap,
            "-jar",
            cluster.jar().toString(),
            "--port",
            Integer.toString(port));
    var env = command.environment();
    env.put("CONSULTA_DATA_DIR", data.toString());
    env.put("CONSULTA_DRAFTS_DIR", cluster.drafts().toString());
    env.put("CONSULTA_ADMIN_PASSWORD", Deployments.ADMIN_PASSWORD);
    env.put("CONSULTA_LEGISLATION_SAMPLE", "false");
    env.put("CONSULTA_DB_URL", cluster.jdbcUrl());
    env.put("CONSULTA_DB_USER", cluster.user());
    env.put("CONSULTA_DB_PASSWORD", cluster.password());
    command.redirectErrorStream(true).redirectOutput(log.toFile());
    var node = new NodeProcess(command.start(), URI.create("http://127.0.0.1:" + port + "/"), log);
    node.awaitDrafts();
    return node;
  }

  /** The application's root, as the API contracts take it. */
  public URI root() {
    return root;
  }

  public URI api() {
    return root.resolve("api/");
  }

  /** The CPU time the node's JVM has used so far. */
  public Duration cpu() {
    return process.info().totalCpuDuration().orElse(Duration.ZERO);
  }

  /** SIGTERM, as an operator stops it. */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  private void awaitDrafts() throws IOException {
    Instant deadline = Instant.now().plus(START_LIMIT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the node exited at start:\n" + tail());
      }
      if (servesDrafts()) {
        return;
      }
      pause(Duration.ofMillis(300));
    }
    process.destroyForcibly();
    throw new IllegalStateException(
        "the node did not serve its drafts within " + START_LIMIT + ":\n" + tail());
  }

  private boolean servesDrafts() {
    try {
      Api.Reply laws = Api.anonymous(api()).get("laws");
      return laws.status() == 200 && !laws.array().isEmpty();
    } catch (UncheckedIOException | ClassCastException e) {
      return false;
    }
  }

  String tail() throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }

  static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
