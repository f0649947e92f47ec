package org.consulta.nodes;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.consulta.api.Deployments;
import org.consulta.api.EngineJars;

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
    var node = launch(cluster, data, heap);
    node.awaitDrafts();
    return node;
  }

  /** Starts a node on {@code data}, without waiting for it. */
  static NodeProcess launch(Cluster cluster, Path data, String heap) throws IOException {
    int port = EngineJars.freePort();
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
    return new NodeProcess(command.start(), URI.create("http://127.0.0.1:" + port + "/"), log);
  }

  /** The application's root, as the API contracts take it. */
  public URI root() {
    return root;
  }

  public URI api() {
    return root.resolve("api/");
  }

  /** What the node has printed so far. */
  public String log() throws IOException {
    return Files.readString(log);
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

  void awaitDrafts() throws IOException {
    EngineJars.awaitDrafts(process, api(), log, START_LIMIT, Duration.ofMillis(300), "node");
  }
}
