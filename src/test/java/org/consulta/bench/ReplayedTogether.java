package org.consulta.bench;

import java.util.Map;

/**
 * What the replay of several codes at once cost, measured over the whole run: the engine sees their
 * writes interleaved, so growth, WAL and CPU cannot be told apart by code.
 */
record ReplayedTogether(
    double wallSeconds,
    Map<String, Long> relationGrowth,
    long databaseBytesAdded,
    long walBytesWritten,
    double engineCpuSeconds,
    double postgresCpuSeconds) {

  static ReplayedTogether between(
      double wallSeconds, DatabaseStorage.Snapshot before, DatabaseStorage.Snapshot after) {
    if (before == null) {
      return new ReplayedTogether(wallSeconds, Map.of(), -1, 0, -1, -1);
    }
    return new ReplayedTogether(
        wallSeconds,
        after.growthSince(before),
        after.relationBytes() - before.relationBytes(),
        after.walPosition() - before.walPosition(),
        (after.engineCpuNanos() - before.engineCpuNanos()) / 1e9,
        (after.postgresCpuNanos() - before.postgresCpuNanos()) / 1e9);
  }

  /** Sets the run's figures on the total, in place of the sums of per-code figures. */
  void onto(CodeResult total) {
    total.replaySeconds = wallSeconds;
    total.relationGrowth = relationGrowth;
    total.databaseBytesAdded = databaseBytesAdded;
    total.walBytesWritten = walBytesWritten;
    total.replayEngineCpuSeconds = engineCpuSeconds;
    total.replayPostgresCpuSeconds = postgresCpuSeconds;
  }
}
