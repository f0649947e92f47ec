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

  @Test
  void theConsultationRunTakesOrganisationsMeetingsTheirShareAndTheEnginesPid() {
    var defaults = ConsultationOptions.parse(new String[] {"--password", "pw"});
    assertEquals(1300, defaults.organisations());
    assertEquals(10, defaults.meetings());
    assertEquals(0.1, defaults.meetingShare());
    assertEquals(null, defaults.enginePid());

    var given =
        ConsultationOptions.parse(
            new String[] {
              "--password",
              "pw",
              "--organisations",
              "200",
              "--meetings",
              "3",
              "--meeting-share",
              "0.25",
              "--engine-pid",
              "4242"
            });
    assertEquals(200, given.organisations());
    assertEquals(3, given.meetings());
    assertEquals(0.25, given.meetingShare());
    assertEquals(4242L, given.enginePid());

    assertEquals(
        0.0,
        ConsultationOptions.parse(new String[] {"--password", "pw", "--meetings", "0"})
            .meetingShare());
    for (String[] wrong :
        List.of(
            new String[] {"--meeting-share", "1.5"},
            new String[] {"--meeting-share", "a tenth"},
            new String[] {"--meetings", "0", "--meeting-share", "0.1"},
            new String[] {"--engine-pid", "0"})) {
      String[] args = new String[wrong.length + 2];
      args[0] = "--password";
      args[1] = "pw";
      System.arraycopy(wrong, 0, args, 2, wrong.length);
      assertThrows(IllegalArgumentException.class, () -> ConsultationOptions.parse(args));
    }
  }
}
