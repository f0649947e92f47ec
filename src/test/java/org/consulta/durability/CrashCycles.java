package org.consulta.durability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.consulta.api.EngineJars;

/**
 * Starts the engine jar, writes to it from several clients, kills it with SIGKILL at a random
 * moment (every other time with its PostgreSQL server), restarts it on the same data directory and
 * looks for every acknowledged write; again and again. The crash test runs a few cycles, the soak
 * benchmark dozens.
 */
final class CrashCycles {
  /** What a run showed; {@code lost} and {@code reusedIds} must stay empty. */
  record Figures(
      int cycles,
      int acknowledged,
      int refused,
      List<String> lost,
      List<Long> reusedIds,
      List<String> importsLeftRunning,
      List<Long> leftoverServers,
      boolean indexesEqualDatabase,
      boolean newIdsAboveAcknowledged,
      List<Duration> starts) {}

  /** Writes each cycle sees acknowledged before the kill, so that every kill cuts some off. */
  static final int WRITES_BEFORE_KILL = 15;

  private static final Duration WRITE_LIMIT = Duration.ofMinutes(2);

  private final Path jar;
  private final Path drafts;
  private final Path data;
  private final Random random;

  CrashCycles(Path jar, Path drafts, Path work, long seed) {
    this.jar = jar;
    this.drafts = drafts;
    this.data = work.resolve("data");
    this.random = new Random(seed);
  }

  Figures run(int cycles) throws IOException, InterruptedException {
    Files.createDirectories(data);
    var ledger = new WriteLedger();
    List<String> lost = new ArrayList<>();
    List<Long> leftover = new ArrayList<>();
    List<Duration> starts = new ArrayList<>();
    CrashSubject subject = null;
    Optional<ProcessHandle> orphan = Optional.empty();
    for (int cycle = 0; cycle < cycles; cycle++) {
      EngineProcess engine = timedStart(cycle, starts);
      orphan.filter(ProcessHandle::isAlive).ifPresent(server -> leftover.add(server.pid()));
      MixedWrites writes;
      try {
        subject = subject == null ? CrashSubject.prepare(engine.root()) : subject.on(engine.root());
        lost.addAll(new LedgerCheck(subject).lost(ledger));
        writes = new MixedWrites(subject, ledger, "c" + cycle);
        writes.start();
        awaitWrites(ledger, ledger.acknowledged() + WRITES_BEFORE_KILL);
      } catch (RuntimeException e) {
        engine.stop();
        throw e;
      }
      EngineJars.pause(Duration.ofMillis(random.nextInt(1_500)));
      orphan = EngineProcess.postmaster(data);
      engine.kill();
      if (cycle % 2 == 1) {
        // As a machine or a container stopped whole fails: PostgreSQL dies with the engine, and
        // what it had not written to disk is gone.
        orphan.ifPresent(EngineProcess::killWithChildren);
      }
      writes.stop();
    }
    EngineProcess engine = timedStart(cycles, starts);
    orphan.filter(ProcessHandle::isAlive).ifPresent(server -> leftover.add(server.pid()));
    try {
      subject = subject.on(engine.root());
      var check = new LedgerCheck(subject);
      lost.addAll(check.lost(ledger));
      boolean indexes = check.indexesEqualDatabase();
      return new Figures(
          cycles,
          ledger.acknowledged(),
          ledger.refusedCount(),
          lost,
          ledger.reusedIds(),
          check.importsStillRunning(ledger),
          leftover,
          indexes,
          newIdAbove(subject, ledger),
          starts);
    } finally {
      engine.stop();
    }
  }

  private EngineProcess timedStart(int run, List<Duration> starts) throws IOException {
    Instant began = Instant.now();
    EngineProcess engine = EngineProcess.start(jar, data, drafts, run);
    starts.add(Duration.between(began, Instant.now()));
    return engine;
  }

  private static void awaitWrites(WriteLedger ledger, int acknowledged) {
    Instant deadline = Instant.now().plus(WRITE_LIMIT);
    while (ledger.acknowledged() < acknowledged && Instant.now().isBefore(deadline)) {
      EngineJars.pause(Duration.ofMillis(50));
    }
  }

  /** A comment written after the last restart gets an id no acknowledged comment had. */
  private static boolean newIdAbove(CrashSubject subject, WriteLedger ledger) {
    long fresh =
        subject.comment(subject.participant(), subject.round(), "art_2", "crashmark after");
    return ledger.comments().keySet().stream().allMatch(id -> id < fresh);
  }
}
