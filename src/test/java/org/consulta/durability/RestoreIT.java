package org.consulta.durability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.consulta.api.Api;
import org.consulta.api.ConsultationFixture;
import org.consulta.api.EngineJars;
import org.consulta.api.LegislationFixture;
import org.junit.jupiter.api.Test;

/**
 * The backup and restore of deploy/README.md: the engine jar writes an article, a comment and a
 * provision on a PostgreSQL database, which is dumped with {@code pg_dump} and restored with {@code
 * pg_restore} into an empty database; an engine started on it with a new data directory, so with no
 * index at all, finds each of them again through search.
 */
class RestoreIT {
  private static final Duration SEARCHABLE_WITHIN = Duration.ofMinutes(2);

  @Test
  void aDumpRestoredIntoAnEmptyDatabaseIsSearchableAgain() throws Exception {
    Optional<Path> programs = ScratchPostgres.programs();
    assumeTrue(
        programs.isPresent(), "no PostgreSQL programs (initdb, pg_ctl, pg_dump, pg_restore) here");
    Path jar = Path.of("target", "consulta.jar").toAbsolutePath();
    Path drafts = Path.of("src", "test", "resources", "drafts").toAbsolutePath();
    Path work = Files.createDirectories(Path.of("target", "it", "restore-" + System.nanoTime()));
    String mark = "restoremark" + Long.toHexString(System.nanoTime());

    try (var postgres =
        ScratchPostgres.start(programs.get(), Files.createTempDirectory("consulta-restore"))) {
      postgres.createDatabase("original");
      var first =
          EngineProcess.start(
              jar,
              work.resolve("first").toAbsolutePath(),
              drafts,
              1,
              postgres.engineSettings("original"));
      try {
        new Content(first.root()).write(mark);
        assertFoundEverywhere(first.root(), mark);
      } finally {
        first.stop();
      }

      Path dump = work.resolve("consulta.dump").toAbsolutePath();
      postgres.dump("original", dump);
      postgres.createDatabase("restored");
      postgres.restore(dump, "restored");

      var second =
          EngineProcess.start(
              jar,
              work.resolve("second").toAbsolutePath(),
              drafts,
              2,
              postgres.engineSettings("restored"));
      try {
        assertFoundEverywhere(second.root(), mark);
      } finally {
        second.stop();
      }
    }
  }

  /** The article's text, the comment and the provision, each found once by its own search. */
  private static void assertFoundEverywhere(URI root, String mark) {
    var on = new Content(root);
    assertEquals(1, total(on.anonymous(), "legislation/search?q=" + mark), "legislation");
    assertEquals(1, total(on.anonymous(), "search?scope=laws&q=" + mark), "law text");
    assertEquals(1, total(on.admin(), "search?scope=comments&q=" + mark), "comments");
  }

  /** The search's total once it finds something, riding out the index's build after a start. */
  private static int total(Api who, String search) {
    Instant deadline = Instant.now().plus(SEARCHABLE_WITHIN);
    int total = 0;
    while (Instant.now().isBefore(deadline)) {
      Api.Reply reply = who.get(search);
      if (reply.status() == 200) {
        total = reply.json().getInt("total");
        if (total > 0) {
          return total;
        }
      }
      EngineJars.pause(Duration.ofMillis(500));
    }
    return total;
  }

  /** What the first engine writes: one of each kind of thing a search finds. */
  private record Content(URI base) implements ConsultationFixture, LegislationFixture {
    void write(String mark) {
      String law = newLaw();
      edit(law, "art_1", "La presente Ley protege la " + mark + ".");
      long round = openRound(law);
      comment(participant(), round, "art_2", "Propongo añadir " + mark + " aquí.");
      JsonObject job =
          imported(
              "legislation/imports",
              record(newInstrument(), "1", "Artículo sobre " + mark + "."),
              "application/x-ndjson");
      assertEquals("done", job.getString("state"), job.toString());
    }
  }
}
