package org.consulta.durability;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.consulta.api.Api;

/**
 * Comments, chained article edits and a legislation import, sent by concurrent clients until the
 * engine stops answering. Only answers that arrived are written in the ledger: a request the kill
 * cut off was never acknowledged.
 */
final class MixedWrites {
  private static final int COMMENTERS = 3;
  private static final int IMPORT_LINES = 20_000;

  private final CrashSubject subject;
  private final WriteLedger ledger;
  private final String tag;
  private final AtomicBoolean stopped = new AtomicBoolean();
  private final List<Thread> threads = new ArrayList<>();

  MixedWrites(CrashSubject subject, WriteLedger ledger, String tag) {
    this.subject = subject;
    this.ledger = ledger;
    this.tag = tag;
  }

  void start() {
    for (int i = 0; i < COMMENTERS; i++) {
      Api participant = subject.participant();
      String eId = "art_" + (1 + i % 3);
      int writer = i;
      spawn(() -> comment(participant, eId, writer));
    }
    spawn(() -> edit("art_1"));
    spawn(() -> edit("art_3"));
    spawn(this::importProvisions);
  }

  void stop() throws InterruptedException {
    stopped.set(true);
    for (Thread thread : threads) {
      thread.join();
    }
  }

  private void spawn(Runnable writes) {
    Thread thread =
        new Thread(
            () -> {
              try {
                writes.run();
              } catch (UncheckedIOException killed) {
                // The engine went away: whatever was not answered was not acknowledged.
              }
            });
    threads.add(thread);
    thread.start();
  }

  private void comment(Api participant, String eId, int writer) {
    for (int n = 0; !stopped.get(); n++) {
      String text = "crashmark %s %d %d".formatted(tag, writer, n);
      Api.Reply reply =
          participant.post(
              "consultations/" + subject.round() + "/comments",
              "{\"article\": \"%s\", \"lang\": \"es\", \"text\": \"%s\"}".formatted(eId, text));
      if (reply.status() == 201) {
        ledger.comment(reply.json().getJsonNumber("id").longValue(), text);
      } else {
        ledger.refused();
      }
    }
  }

  /** Chains the ETag each answer gives, as the web application does. */
  private void edit(String eId) {
    String path = "laws/" + subject.law() + "/articles/" + eId + "?lang=es";
    Api drafter = subject.admin();
    String etag = drafter.get(path).expect(200).header("ETag");
    for (int n = 0; !stopped.get(); n++) {
      String text = "Texto %s %s %d: la presente Ley garantiza la paridad.".formatted(tag, eId, n);
      Api.Reply reply = drafter.put(path, "{\"text\": \"%s\"}".formatted(text), etag);
      if (reply.status() == 200) {
        etag = reply.header("ETag");
        ledger.edit(eId, revisionOf(etag), text);
      } else {
        ledger.refused();
        etag = drafter.get(path).expect(200).header("ETag");
      }
    }
  }

  private void importProvisions() {
    Api.Reply reply =
        subject
            .admin()
            .post("legislation/imports?onError=refuse", provisions(), "application/x-ndjson");
    if (reply.status() == 202) {
      String location = reply.header("Location");
      ledger.importJob(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
    } else {
      ledger.refused();
    }
  }

  private String provisions() {
    return IntStream.range(0, IMPORT_LINES)
        .mapToObj(
            n ->
                """
                {"id": "cl/es/crash-%s/art-%d", "country": "CL", "language": "es", \
                "instrument_id": "cl/crash-%s", "instrument_title": "Ley de prueba %s", \
                "instrument_short_title": null, "instrument_type": "law", "instrument_number": "1", \
                "year": 2024, "in_force": true, "provision_label": "%d", "provision_title": null, \
                "heading": null, "text": "Artículo %d sobre la paridad de las mujeres.", \
                "source_url": null, "licence": "test"}"""
                    .formatted(tag, n, tag, tag, n, n))
        .collect(Collectors.joining("\n"));
  }

  /** {@code "es-12"} → 12. */
  static int revisionOf(String etag) {
    String value = etag.replace("W/", "").replace("\"", "");
    return Integer.parseInt(value.substring(value.lastIndexOf('-') + 1));
  }
}
