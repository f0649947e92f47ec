package org.consulta.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * CPU time used by a PostgreSQL server (its postmaster and every backend, found from {@code
 * postmaster.pid} in its data directory) or by any process, so that a run can say which side of a
 * request was the limit. A backend that exited takes its CPU time with it; the engines keep theirs
 * open in a pool. On a shared machine the wall time of a request grows with everyone else's load;
 * the CPU a process spent on it does much less.
 */
final class ProcessCpu {
  private ProcessCpu() {}

  static Duration postgres(Path dataDirectory) throws IOException {
    List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
    Optional<ProcessHandle> postmaster = ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
    return postmaster
        .map(p -> p.descendants().map(ProcessCpu::of).reduce(of(p), Duration::plus))
        .orElse(Duration.ZERO);
  }

  static Duration of(ProcessHandle process) {
    return process.info().totalCpuDuration().orElse(Duration.ZERO);
  }

  /** User plus system CPU of the process {@code pid} so far, in nanoseconds. */
  static long nanos(long pid) {
    return ProcessHandle.of(pid)
        .map(ProcessCpu::of)
        .orElseThrow(() -> new IllegalStateException("no process " + pid))
        .toNanos();
  }
}
