package org.consulta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Importing legislation: bad lines reported by number, skipped or refusing the file, upserts. */
public interface LegislationImportContract extends LegislationFixture {
  @Test
  default void aBrokenLineIsReportedWithItsNumberAndSkipped() {
    String instrument = newInstrument();
    String body =
        String.join(
            "\n",
            record(instrument, "1", "Primero."),
            record(instrument, "2", "Segundo."),
            "{\"id\": \"cl/es/broken\", ",
            record(instrument, "4", "Cuarto."));
    JsonObject job = imported("legislation/imports?onError=skip", body, "application/x-ndjson");
    assertEquals("done", job.getString("state"), job.toString());
    assertEquals(4, job.getInt("total"));
    assertEquals(4, job.getInt("processed"));
    assertEquals(3, job.getInt("inserted"));
    assertEquals(1, job.getInt("errorCount"));
    JsonObject error = job.getJsonArray("errors").getJsonObject(0);
    assertEquals(3, error.getInt("line"));
    assertEquals(3, total("instrumentId:\"" + instrument + "\""));
  }

  @Test
  default void refuseImportsNothingWhenALineIsBad() {
    String instrument = newInstrument();
    String body =
        record(instrument, "1", "Primero.")
            + "\n"
            + record(instrument, "2", "Segundo.").replace("\"year\": 2021", "\"year\": \"2021\"")
            + "\n";
    JsonObject job = imported("legislation/imports?onError=refuse", body, "application/x-ndjson");
    assertEquals("refused", job.getString("state"), job.toString());
    JsonObject error = job.getJsonArray("errors").getJsonObject(0);
    assertEquals(List.of(2, "year"), List.of(error.getInt("line"), error.getString("field")));
    anonymous()
        .get("legislation/provisions/cl/es/" + instrument.substring(3) + "/art-1")
        .problem(404, "id");
  }

  @Test
  default void importingAgainUpdatesInPlace() {
    String instrument = newInstrument();
    String tag = instrument.substring(3);
    String csv =
        "id,country,language,instrument_id,instrument_title,instrument_type,year,provision_label,text,licence\n"
            + "cl/es/%s/art-1,CL,es,%s,Ley de prueba,law,2021,1,\"Texto %s, primero.\",test\n"
                .formatted(tag, instrument, tag);
    JsonObject first = imported("legislation/imports", csv, "text/csv");
    assertEquals(1, first.getInt("inserted"), first.toString());
    JsonObject again = imported("legislation/imports", csv, "text/csv");
    assertEquals(1, again.getInt("unchanged"), again.toString());
    JsonObject changed =
        imported("legislation/imports", csv.replace("primero", "cambiado"), "text/csv");
    assertEquals(1, changed.getInt("updated"), changed.toString());
    assertEquals(1, total(tag));
    assertEquals(1, total("cambiado AND " + tag));
  }

  @Test
  default void importsAreListedNewestFirstAndKeptInTheDatabase() {
    String instrument = newInstrument();
    String broken = record(instrument, "1", "Primero.") + "\n{\"id\": \"cl/es/broken\", ";
    JsonObject first = imported("legislation/imports?name=first", broken, "application/x-ndjson");
    JsonObject second =
        imported(
            "legislation/imports?name=second",
            record(instrument, "2", "Segundo."),
            "application/x-ndjson");
    long older = first.getJsonNumber("id").longValue();
    long newer = second.getJsonNumber("id").longValue();

    var listed = admin().get("legislation/imports?limit=100").expect(200);
    assertTrue(Integer.parseInt(listed.header("X-Total-Count")) >= 2, listed.body());
    List<Long> ids =
        listed.array().getValuesAs(JsonObject.class).stream()
            .map(j -> j.getJsonNumber("id").longValue())
            .toList();
    assertTrue(ids.indexOf(newer) >= 0 && ids.indexOf(newer) < ids.indexOf(older), ids.toString());
    assertEquals(1, admin().get("legislation/imports?limit=1").expect(200).array().size());
    admin().get("legislation/imports?limit=0").problem(400, "limit");
    admin().get("legislation/imports?offset=-1").problem(400, "offset");

    JsonObject stored = admin().get("legislation/imports/" + older).expect(200).json();
    assertEquals(
        List.of("first", "done", "jsonl", "skip"),
        List.of(
            stored.getString("source"),
            stored.getString("state"),
            stored.getString("format"),
            stored.getString("onError")));
    assertEquals(
        List.of(2, 2, 1, 1), counts(stored, "total", "processed", "inserted", "errorCount"));
    assertEquals(2, stored.getJsonArray("errors").getJsonObject(0).getInt("line"));
    assertTrue(stored.containsKey("rate") && stored.containsKey("finishedAt"), stored.toString());
    admin().get("legislation/imports/999999999").problem(404, "id");
  }

  private static List<Integer> counts(JsonObject job, String... names) {
    return java.util.Arrays.stream(names).map(job::getInt).toList();
  }

  @Test
  default void importingNeedsADrafter() {
    anonymous().post("legislation/imports", "{}", "application/x-ndjson").expect(401);
    anonymous().get("legislation/imports/1").expect(401);
    anonymous().get("legislation/imports").expect(401);
    admin()
        .post("legislation/imports?onError=ignore", "{}", "application/x-ndjson")
        .problem(400, "onError");
    admin().post("legislation/imports", "", "application/x-ndjson").problem(400, "body");
  }

  private int total(String q) {
    return anonymous()
        .get(
            "legislation/search?q="
                + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8))
        .expect(200)
        .json()
        .getInt("total");
  }
}
