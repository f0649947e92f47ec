package org.consulta.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * Samples the engine JVM's used heap with the JDK's {@code jstat -gc <pid> 50}, which reads the
 * JVM's performance counters (no agent, no pause): a background thread reads each line while a
 * request runs, so that the peak is the largest sample between the request's start and its end.
 * Used heap counts garbage not yet collected (G1 updates eden's count a region at a time), so
 * before each request {@code jcmd <pid> GC.run} collects it: the heap before is then the live heap,
 * and the peak what the request added to it, unless a collection ran during the request.
 */
final class HeapSampler implements AutoCloseable {
  static final int INTERVAL_MS = 50;
  private static final long WAIT_MS = 10_000;

  /** The heap around one request, in MB, and the collections that ran during it. */
  record Heap(double beforeMb, double peakMb, long youngGcs, long fullGcs, int samples) {}

  /** What one call returned, with the heap around it (null when no sample came). */
  record Measured<T>(T value, Heap heap) {}

  private final long pid;
  private final Process jstat;
  private final Thread reader;
  private final StringBuilder problem = new StringBuilder();
  private JstatGc columns;
  private JstatGc.Sample latest;
  private long sequence;
  private JstatGc.Sample peak;
  private int inWindow;
  private boolean ended;

  private HeapSampler(long pid) throws IOException {
    this.pid = pid;
    jstat =
        new ProcessBuilder(tool("jstat"), "-gc", Long.toString(pid), Integer.toString(INTERVAL_MS))
            .redirectErrorStream(true)
            .start();
    reader = new Thread(this::read, "jstat-" + pid);
    reader.setDaemon(true);
    reader.start();
  }

  /**
   * A sampler of {@code pid} that has read its first sample and had jcmd collect once; refused when
   * jstat gives no sample or jcmd fails.
   */
  static HeapSampler start(long pid) throws IOException, InterruptedException {
    var sampler = new HeapSampler(pid);
    if (sampler.next(0) == null) {
      String why = sampler.problem();
      sampler.close();
      throw new IllegalStateException("jstat -gc " + pid + " gave no sample: " + why);
    }
    try {
      sampler.collect();
    } catch (IllegalStateException | IOException e) {
      sampler.close();
      throw new IllegalStateException(e.getMessage(), e);
    }
    return sampler;
  }

  /**
   * Collects the engine's garbage, then runs {@code call} between a sample taken after that (the
   * heap before) and one taken after it returned, keeping the largest sample in between.
   */
  <T> Measured<T> around(Callable<T> call) throws Exception {
    collect();
    long seen;
    synchronized (this) {
      seen = sequence;
    }
    JstatGc.Sample before = next(seen);
    synchronized (this) {
      peak = before;
      inWindow = before == null ? 0 : 1;
    }
    T value;
    JstatGc.Sample after;
    JstatGc.Sample top;
    int samples;
    try {
      value = call.call();
      synchronized (this) {
        seen = sequence;
      }
      after = next(seen); // the heap as the request ended, which the peak includes
    } finally {
      synchronized (this) {
        top = peak;
        samples = inWindow;
        peak = null;
      }
    }
    if (before == null || after == null || top == null) {
      return new Measured<>(value, null);
    }
    return new Measured<>(
        value,
        new Heap(
            before.usedMb(),
            top.usedMb(),
            after.youngGcs() - before.youngGcs(),
            after.fullGcs() - before.fullGcs(),
            samples));
  }

  /** The first sample after the {@code seen}-th, or null when jstat stops or none comes in time. */
  private synchronized JstatGc.Sample next(long seen) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MS);
    while (sequence <= seen && !ended) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return null;
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    return sequence > seen ? latest : null;
  }

  private void read() {
    try (var lines =
        new BufferedReader(new InputStreamReader(jstat.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        take(line);
      }
    } catch (IOException e) {
      note(e.toString());
    } finally {
      synchronized (this) {
        ended = true;
        notifyAll();
      }
    }
  }

  private synchronized void take(String line) {
    if (columns == null) {
      try {
        columns = JstatGc.header(line);
      } catch (IllegalArgumentException e) {
        if (problem.isEmpty()) {
          problem.append(line.strip()); // jstat's error comes first, its stack trace after
        }
      }
      return;
    }
    columns
        .sample(line)
        .ifPresent(
            s -> {
              latest = s;
              sequence++;
              if (peak != null) {
                inWindow++;
                if (s.usedKb() > peak.usedKb()) {
                  peak = s;
                }
              }
              notifyAll();
            });
  }

  private synchronized void note(String text) {
    problem.append(text);
  }

  private synchronized String problem() {
    return problem.isEmpty() ? "no output" : problem.toString().strip();
  }

  /** A full collection in the engine, so that the next sample is its live heap. */
  private void collect() throws IOException, InterruptedException {
    Process jcmd =
        new ProcessBuilder(tool("jcmd"), Long.toString(pid), "GC.run")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!jcmd.waitFor(60, TimeUnit.SECONDS)) {
      jcmd.destroyForcibly();
      throw new IllegalStateException("jcmd " + pid + " GC.run did not finish in a minute");
    }
    if (jcmd.exitValue() != 0) {
      throw new IllegalStateException("jcmd " + pid + " GC.run failed: exit " + jcmd.exitValue());
    }
  }

  /** The JDK's own tool beside the running java, else the one on the PATH. */
  private static String tool(String name) {
    Path beside = Path.of(System.getProperty("java.home"), "bin", name);
    return Files.isExecutable(beside) ? beside.toString() : name;
  }

  @Override
  public void close() throws InterruptedException {
    jstat.destroy();
    if (!jstat.waitFor(5, TimeUnit.SECONDS)) {
      jstat.destroyForcibly();
    }
    reader.join(5000);
  }
}
