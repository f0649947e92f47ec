package org.consulta.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time a process on this machine has used, user and system, from {@code /proc/<pid>/stat}.
 * On a shared machine the wall time of a request grows with everyone else's load; the CPU the
 * engine spent on it does much less.
 */
final class ProcessCpu {
  /**
   * Linux counts {@code utime} and {@code stime} in clock ticks of 1/100 s on every usual build.
   */
  private static final long NANOS_PER_TICK = 10_000_000L;

  private ProcessCpu() {}

  /** User plus system CPU of {@code pid} so far, in nanoseconds. */
  static long nanos(long pid) {
    try {
      return ofStat(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the CPU time of process " + pid, e);
    }
  }

  /**
   * The CPU time in a {@code stat} line. The command name (field 2) is in parentheses and may hold
   * spaces, so fields are counted from the last closing parenthesis: {@code utime} and {@code
   * stime} are fields 14 and 15.
   */
  static long ofStat(String stat) {
    String[] after = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
    // after[0] is field 3 (the state).
    return (Long.parseLong(after[11]) + Long.parseLong(after[12])) * NANOS_PER_TICK;
  }
}
