package org.consulta.bench;

import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Starts the engine jar as an operator does, from a directory that is not the checkout, several
 * times on an empty data directory and then on a used one, and reports for each start the time from
 * process start to {@code /health/ready} answering 200, the JVM's resident memory then ({@code
 * VmRSS}) and the CPU time it had used (a figure that other load on the machine disturbs less than
 * the elapsed time).
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.mainClass=org.consulta.bench.StartBenchmark \
 *   -Dexec.classpathScope=test -Dexec.args="--jar target/consulta.jar --runs 3"
 * </pre>
 */
public final class StartBenchmark {
  private static final String USAGE =
      "options: --jar FILE (target/consulta.jar) --runs N (3) --work DIR (target/bench/start)"
          + " --jvm 'OPTIONS' (none: the JVM's defaults) --limit-seconds N (300)";
  private static final Duration POLL = Duration.ofMillis(100);
  private static final long TICKS_PER_SECOND = 100;

  private final Path jar;
  private final Path work;
  private final List<String> jvm;
  private final Duration limit;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private StartBenchmark(Path jar, Path work, List<String> jvm, Duration limit) {
    this.jar = jar;
    this.work = work;
    this.jvm = jvm;
    this.limit = limit;
  }

  /** One start: elapsed and CPU milliseconds to ready, resident kB once ready, laws served. */
  record Start(String dataDir, long readyMs, long cpuMs, long rssKb, int laws) {
    @Override
    public String toString() {
      return String.format(
          "%-6s ready %6d ms  cpu %6d ms  rss %4d MiB  laws %d",
          dataDir, readyMs, cpuMs, rssKb / 1024, laws);
    }
  }

  public static void main(String[] args) throws Exception {
    var line =
        new CommandLine(
            args, Set.of("--jar", "--runs", "--work", "--jvm", "--limit-seconds"), USAGE);
    var bench =
        new StartBenchmark(
            line.path("--jar", Path.of("target/consulta.jar")).toAbsolutePath(),
            line.path("--work", Path.of("target/bench/start")).toAbsolutePath(),
            Arrays.stream(line.text("--jvm", "").split(" ")).filter(s -> !s.isBlank()).toList(),
            Duration.ofSeconds(line.atLeast("--limit-seconds", 300, 10)));
    int runs = line.atLeast("--runs", 3, 1);
    List<Start> starts = new ArrayList<>();
    Path used = null;
    for (int i = 0; i < runs; i++) {
      Path data = bench.work.resolve("data-" + System.nanoTime());
      starts.add(report(bench.start("empty", data)));
      used = data;
    }
    for (int i = 0; i < runs; i++) {
      starts.add(report(bench.start("used", used)));
    }
    System.out.println("jar " + bench.jar + ", JVM options " + bench.jvm);
    starts.forEach(System.out::println);
  }

  private static Start report(Start start) {
    System.out.println(start);
    return start;
  }

  private Start start(String kind, Path data) throws IOException, InterruptedException {
    Files.createDirectories(work);
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvm);
    command.addAll(List.of("-jar", jar.toString(), "--port", Integer.toString(port)));
    var builder = new ProcessBuilder(command).directory(work.toFile());
    builder.environment().put("CONSULTA_DATA_DIR", data.toString());
    builder.environment().put("CONSULTA_ADMIN_PASSWORD", "bench-admin-pw");
    Path log = work.resolve("engine-" + port + ".log");
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    long started = System.nanoTime();
    Process engine = builder.start();
    try {
      URI base = URI.create("http://127.0.0.1:" + port + "/");
      awaitReady(engine, base, log);
      long readyMs = Duration.ofNanos(System.nanoTime() - started).toMillis();
      long rss = residentKb(engine.pid());
      long cpu = cpuMs(engine.pid());
      return new Start(kind, readyMs, cpu, rss, laws(base));
    } finally {
      engine.destroy();
      if (!engine.waitFor(60, TimeUnit.SECONDS)) {
        engine.destroyForcibly().waitFor();
      }
    }
  }

  private void awaitReady(Process engine, URI base, Path log)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (!engine.isAlive()) {
        throw new IllegalStateException("the engine exited at start; see " + log);
      }
      if (status(base.resolve("health/ready")) == 200) {
        return;
      }
      Thread.sleep(POLL.toMillis());
    }
    throw new IllegalStateException("not ready within " + limit + "; see " + log);
  }

  private int status(URI uri) throws InterruptedException {
    try {
      return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return 0;
    }
  }

  private int laws(URI base) throws IOException, InterruptedException {
    String body =
        http.send(
                HttpRequest.newBuilder(base.resolve("api/laws")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    return Json.createReader(new StringReader(body)).readArray().size();
  }

  /** {@code VmRSS} of {@code /proc/<pid>/status}, in kB. */
  private static long residentKb(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", ""));
      }
    }
    throw new IllegalStateException("no VmRSS for process " + pid);
  }

  /** User and system time of {@code /proc/<pid>/stat} (fields 14 and 15, in clock ticks). */
  private static long cpuMs(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    return ticks * 1000 / TICKS_PER_SECOND;
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
