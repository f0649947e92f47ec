package org.consulta.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;

/** Legislation records of their own for each test, and imports followed to their end. */
public interface LegislationFixture extends ApiContract {
  /** Imports wait for one another, and the sample loads first at start: allow for both. */
  Duration IMPORT_WAIT = Duration.ofSeconds(180);

  /** An instrument id no other test uses, such as {@code cl/t1a2b3c}. */
  default String newInstrument() {
    return "cl/t" + Long.toHexString(System.nanoTime());
  }

  /** One JSON Lines record of a Chilean law, provision {@code label} of {@code instrument}. */
  default String record(String instrument, String label, String text) {
    String id = "cl/es/" + instrument.substring(3) + "/art-" + label;
    return """
        {"id": "%s", "country": "CL", "language": "es", "instrument_id": "%s", "instrument_title": "Ley de prueba", "instrument_short_title": null, "instrument_type": "law", "instrument_number": "1", "year": 2021, "in_force": true, "provision_label": "%s", "provision_title": null, "heading": null, "text": "%s", "source_url": null, "licence": "test"}"""
        .formatted(id, instrument, label, text);
  }

  /** Posts a file to import and follows the import until it ends; returns its final progress. */
  default JsonObject imported(String path, String body, String contentType) {
    var started = admin().post(path, body, contentType).expect(202);
    String location = started.header("Location");
    assertTrue(location.contains("/api/legislation/imports/"), location);
    return finished("legislation/imports/" + location.substring(location.lastIndexOf('/') + 1));
  }

  default JsonObject finished(String progress) {
    Instant deadline = Instant.now().plus(IMPORT_WAIT);
    while (true) {
      JsonObject job = admin().get(progress).expect(200).json();
      if (job.containsKey("finishedAt") || Instant.now().isAfter(deadline)) {
        return job;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
