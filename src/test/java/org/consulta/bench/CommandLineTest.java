package org.consulta.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommandLineTest {
  private static final Set<String> NAMES = Set.of("--runs", "--output");

  @Test
  void givenValuesReplaceTheDefaultsAndMissingOnesKeepThem() {
    var line = new CommandLine(new String[] {"--runs", "7"}, NAMES, "usage");

    assertEquals(7, line.atLeast("--runs", 20, 1));
    assertEquals(Path.of("out.md"), line.path("--output", Path.of("out.md")));
  }

  @Test
  void anUnknownOptionAMissingValueOrABadNumberStopsTheRunWithTheUsage() {
    var unknown =
        assertThrows(
            IllegalArgumentException.class,
            () -> new CommandLine(new String[] {"--rnus", "7"}, NAMES, "the usage"));
    assertTrue(unknown.getMessage().startsWith("unknown option --rnus"));
    assertTrue(unknown.getMessage().endsWith("the usage"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new CommandLine(new String[] {"--runs"}, NAMES, "usage"));
    var line = new CommandLine(new String[] {"--runs", "0"}, NAMES, "usage");
    assertThrows(IllegalArgumentException.class, () -> line.atLeast("--runs", 20, 1));
    var words = new CommandLine(new String[] {"--runs", "many"}, NAMES, "usage");
    assertThrows(IllegalArgumentException.class, () -> words.atLeast("--runs", 20, 1));
  }

  @Test
  void flagsTakeNoValueAndListsAreSplitAtCommas() {
    var options =
        BenchmarkOptions.parse(
            new String[] {
              "--password", "pw", "--no-git", "--codes", "codigo-penal, codigo-sanitario,"
            });

    assertEquals(false, options.git());
    assertEquals(List.of("codigo-penal", "codigo-sanitario"), options.codes());
    assertEquals(Integer.MAX_VALUE, options.maxVersions());
  }

  @Test
  void everyBenchmarkReadsItsOwnOptionsAndRefusesAnother() {
    assertEquals(
        7L, ConsultationOptions.parse(new String[] {"--password", "pw", "--seed", "7"}).seed());
    assertEquals(
        false,
        LegislationOptions.parse(new String[] {"--password", "pw", "--import", "false"})
            .importCorpus());
    assertEquals(
        Path.of("../shared/corpus/legislation.jsonl.gz"),
        LegislationOptions.parse(new String[] {"--password", "pw"}).corpus());
    assertThrows(
        IllegalArgumentException.class,
        () -> ConsultationOptions.parse(new String[] {"--password", "pw", "--no-git"}));
    assertThrows(
        IllegalArgumentException.class,
        () -> PublicationOptions.parse(new String[] {"--runs", "0"}));
  }
}
