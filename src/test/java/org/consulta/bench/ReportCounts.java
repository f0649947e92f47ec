package org.consulta.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;

/**
 * The counts at the top of a round's JSON report: totals and anchor states. Read by streaming, so a
 * report of a hundred thousand comments is never held as a tree.
 */
record ReportCounts(JsonObject totals, JsonObject byAnchorState) {
  static ReportCounts of(String report) {
    JsonObject totals = JsonObject.EMPTY_JSON_OBJECT;
    JsonObject states = JsonObject.EMPTY_JSON_OBJECT;
    try (JsonParser parser = Json.createParser(new StringReader(report))) {
      parser.next(); // the report object
      while (parser.hasNext()) {
        JsonParser.Event event = parser.next();
        if (event != JsonParser.Event.KEY_NAME) {
          continue; // the end of the report
        }
        String key = parser.getString();
        JsonParser.Event value = parser.next();
        if (key.equals("totals")) {
          totals = parser.getObject();
        } else if (key.equals("byAnchorState")) {
          states = parser.getObject();
        } else if (value == JsonParser.Event.START_OBJECT) {
          parser.skipObject();
        } else if (value == JsonParser.Event.START_ARRAY) {
          parser.skipArray();
        }
      }
    }
    return new ReportCounts(totals, states);
  }

  long inState(String state) {
    return byAnchorState.containsKey(state) ? byAnchorState.getJsonNumber(state).longValue() : 0;
  }

  JsonObject json() {
    return Json.createObjectBuilder()
        .add("totals", totals)
        .add("byAnchorState", byAnchorState)
        .build();
  }
}
