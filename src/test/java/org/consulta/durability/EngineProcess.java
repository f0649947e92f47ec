package org.consulta.durability;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.consulta.api.Api;
import org.consulta.api.Deployments;
import org.consulta.api.EngineJars;

/**
 * The engine as an operator runs it: {@code java -jar consulta.jar} in its own JVM, on a data
 * directory that outlives it, so that it can be killed the way a machine fails.
 */
final class EngineProcess {
  private static final Duration START_LIMIT = Duration.ofMinutes(4);

  private final Process process;
  private final URI base;
  private final Path log;

  private EngineProcess(Process process, URI base, Path log) {
    this.process = process;
    this.base = base;
    this.log = log;
  }

  /** Starts the engine jar on {@code data} and waits until it serves the drafts. */
  static EngineProcess start(Path jar, Path data, Path drafts, int run) throws IOException {
    return start(jar, data, drafts, run, Map.of());
  }

  /** {@code settings}: environment variables on top, such as an external database's. */
  static EngineProcess start(
      Path jar, Path data, Path drafts, int run, Map<String, String> settings) throws IOException {
    int port = EngineJars.freePort();
    Path log = data.resolveSibling("engine-" + run + ".log");
    var command =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx768m",
            "-jar",
            jar.toString(),
            "--port",
            Integer.toString(port));
    command.environment().put("CONSULTA_DATA_DIR", data.toString());
    command.environment().put("CONSULTA_DRAFTS_DIR", drafts.toString());
    command.environment().put("CONSULTA_ADMIN_PASSWORD", Deployments.ADMIN_PASSWORD);
    command.environment().put("CONSULTA_LEGISLATION_SAMPLE", "false");
    command.environment().putAll(settings);
    command.redirectErrorStream(true).redirectOutput(log.toFile());
    var engine =
        new EngineProcess(command.start(), URI.create("http://127.0.0.1:" + port + "/api/"), log);
    engine.awaitDrafts();
    return engine;
  }

  /** The application's root, as the API contracts take it. */
  URI root() {
    return base.resolve("/");
  }

  private Api anonymous() {
    return Api.anonymous(base);
  }

  /** SIGKILL: no shutdown hook runs, nothing is flushed, the PostgreSQL server is orphaned. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** SIGTERM, as an operator stops it: the engine's shutdown stops its PostgreSQL server. */
  void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  /** SIGKILL to a server and every process it started, children first. */
  static void killWithChildren(ProcessHandle server) {
    server.descendants().forEach(ProcessHandle::destroyForcibly);
    server.destroyForcibly();
    server.onExit().join();
  }

  /** The process that the cluster's {@code postmaster.pid} names, if alive. */
  static Optional<ProcessHandle> postmaster(Path data) throws IOException {
    Path pid = data.resolve("postgres").resolve("postmaster.pid");
    if (!Files.exists(pid)) {
      return Optional.empty();
    }
    List<String> lines = Files.readAllLines(pid);
    return lines.isEmpty()
        ? Optional.empty()
        : ProcessHandle.of(Long.parseLong(lines.get(0).trim())).filter(ProcessHandle::isAlive);
  }

  private void awaitDrafts() throws IOException {
    EngineJars.awaitDrafts(process, base, log, START_LIMIT, Duration.ofMillis(500), "engine");
  }

  String tail() throws IOException {
    return EngineJars.tail(log, 40);
  }
}
