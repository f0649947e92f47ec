package org.consulta.start;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.consulta.api.EngineJars;

/**
 * The built engine jar started as a new user starts it: {@code java -jar consulta.jar} from a
 * directory of their own, which is not the checkout, with nothing beside it.
 */
final class JarEngine implements AutoCloseable {
  // A backstop only: on a shared 2-core machine under heavy load a start has taken over 6 minutes.
  private static final Duration START_LIMIT = Duration.ofMinutes(15);
  private static final Path JAR = Path.of("target", "consulta.jar").toAbsolutePath();

  private final Process process;
  private final URI base;
  private final Path log;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private JarEngine(Process process, URI base, Path log) {
    this.process = process;
    this.base = base;
    this.log = log;
  }

  /** Starts the jar in {@code dir} with these environment variables; returns at once. */
  static JarEngine start(Path dir, Map<String, String> environment) throws IOException {
    int port = EngineJars.freePort();
    var command =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-jar",
                JAR.toString(),
                "--port",
                Integer.toString(port))
            .directory(dir.toFile());
    command.environment().putAll(environment);
    Path log = dir.resolve("engine.log");
    command.redirectErrorStream(true).redirectOutput(log.toFile());
    return new JarEngine(command.start(), URI.create("http://127.0.0.1:" + port + "/"), log);
  }

  URI base() {
    return base;
  }

  /** {@code GET /health/ready}: its status and body, or status 0 while nothing listens. */
  Answer ready() {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(base.resolve("health/ready"))
                  .timeout(Duration.ofSeconds(30))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body());
    } catch (IOException e) {
      return new Answer(0, "");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  record Answer(int status, String body) {}

  /** Waits until the readiness answer is {@code wanted}; fails if the engine exits first. */
  Answer await(Predicate<Answer> wanted) throws IOException {
    Instant deadline = Instant.now().plus(START_LIMIT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the engine exited:\n" + tail());
      }
      Answer answer = ready();
      if (wanted.test(answer)) {
        return answer;
      }
      EngineJars.pause(Duration.ofMillis(300));
    }
    throw new IllegalStateException(
        "the engine did not get there in " + START_LIMIT + ":\n" + tail());
  }

  /** Waits for the process to end by itself; returns its exit code. */
  int exitCode() throws InterruptedException {
    if (!process.waitFor(START_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
      throw new IllegalStateException("the engine did not exit");
    }
    return process.exitValue();
  }

  List<String> logLines() throws IOException {
    return Files.readAllLines(log);
  }

  private String tail() throws IOException {
    return EngineJars.tail(log, 60);
  }

  /** SIGTERM, as an operator stops it: the engine stops its PostgreSQL server. */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(90, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
