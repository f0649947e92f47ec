package org.consulta.durability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The crash test's longer run, as a benchmark command: {@code mvn -q test-compile exec:java
 * -Dexec.mainClass=org.consulta.durability.CrashSoak -Dexec.classpathScope=test -Dexec.args="30"}
 * runs 30 kill-and-restart cycles of the engine jar (build it first) and prints what it
 * acknowledged, lost and measured.
 */
public final class CrashSoak {
  private CrashSoak() {}

  public static void main(String[] args) throws Exception {
    int cycles = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : System.nanoTime();
    Path work = Files.createDirectories(Path.of("target", "soak", "run-" + seed)).toAbsolutePath();
    var figures =
        new CrashCycles(
                Path.of("target", "consulta.jar").toAbsolutePath(),
                Path.of("src", "test", "resources", "drafts").toAbsolutePath(),
                work,
                seed)
            .run(cycles);
    var starts = figures.starts().stream().mapToLong(Duration::toMillis).sorted().toArray();
    System.out.printf(
        "cycles %d (seed %d): acknowledged %d, lost %d, ids reused %d, refused %d,"
            + " imports left running %d, postmasters left running %d, indexes equal the database %s,"
            + " new ids above acknowledged %s; start to drafts served: median %d ms, max %d ms%n",
        figures.cycles(),
        seed,
        figures.acknowledged(),
        figures.lost().size(),
        figures.reusedIds().size(),
        figures.refused(),
        figures.importsLeftRunning().size(),
        figures.leftoverServers().size(),
        figures.indexesEqualDatabase(),
        figures.newIdsAboveAcknowledged(),
        starts[starts.length / 2],
        starts[starts.length - 1]);
    figures.lost().forEach(lost -> System.out.println("LOST " + lost));
  }
}
