package org.consulta.durability;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.consulta.api.Api;
import org.consulta.api.EngineJars;

/** Looks for every acknowledged write on a restarted engine; says what it could not find. */
final class LedgerCheck {
  private static final Set<String> ENDED_OR_INTERRUPTED = Set.of("done", "failed", "interrupted");
  private static final Duration CATCH_UP = Duration.ofSeconds(60);

  private final CrashSubject subject;

  LedgerCheck(CrashSubject subject) {
    this.subject = subject;
  }

  /** The acknowledged writes the engine no longer has, described; empty when none was lost. */
  List<String> lost(WriteLedger ledger) {
    List<String> lost = new ArrayList<>();
    Api drafter = subject.drafterAccount();
    for (Map.Entry<Long, String> comment : ledger.comments().entrySet()) {
      Api.Reply reply = drafter.get("comments/" + comment.getKey());
      if (reply.status() != 200 || !comment.getValue().equals(reply.json().getString("text"))) {
        lost.add(
            "comment " + comment.getKey() + " (" + comment.getValue() + "): " + reply.status());
      }
    }
    for (WriteLedger.Edit edit : ledger.edits()) {
      String path =
          "laws/%s/articles/%s/revisions/%d?lang=es"
              .formatted(subject.law(), edit.eId(), edit.revision());
      Api.Reply reply = drafter.get(path);
      if (reply.status() != 200 || !edit.text().equals(reply.json().getString("text"))) {
        lost.add("revision " + edit.revision() + " of " + edit.eId() + ": " + reply.status());
      }
    }
    for (long job : ledger.imports()) {
      Api.Reply reply = subject.admin().get("legislation/imports/" + job);
      if (reply.status() != 200) {
        lost.add("import " + job + ": " + reply.status());
      }
    }
    return lost;
  }

  /** Whether every import has ended or been marked interrupted, none left "importing". */
  List<String> importsStillRunning(WriteLedger ledger) {
    List<String> running = new ArrayList<>();
    for (long job : ledger.imports()) {
      JsonObject progress = subject.admin().get("legislation/imports/" + job).expect(200).json();
      if (!ENDED_OR_INTERRUPTED.contains(progress.getString("state"))) {
        running.add(job + " is " + progress.getString("state"));
      }
    }
    return running;
  }

  /**
   * Whether both indexes came to equal the database: the legislation index reports itself current,
   * and a search finds exactly the round's comments that the database lists.
   */
  boolean indexesEqualDatabase() {
    Instant deadline = Instant.now().plus(CATCH_UP);
    while (Instant.now().isBefore(deadline)) {
      if (legislationIndexCurrent() && commentsIndexed() == commentsStored()) {
        return true;
      }
      EngineJars.pause(Duration.ofMillis(500));
    }
    return false;
  }

  int commentsStored() {
    return Integer.parseInt(
        subject
            .drafterAccount()
            .get("consultations/" + subject.round() + "/comments?limit=1")
            .expect(200)
            .header("X-Total-Count"));
  }

  private int commentsIndexed() {
    String query =
        "search?scope=comments&consultation=%d&q=crashmark&limit=1".formatted(subject.round());
    return subject.drafterAccount().get(query).expect(200).json().getInt("total");
  }

  private boolean legislationIndexCurrent() {
    return subject.admin().get("legislation/index").expect(200).json().getBoolean("current");
  }
}
