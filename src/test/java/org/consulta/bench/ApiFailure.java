package org.consulta.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** A request the engine answered with an error status: what was sent and what came back. */
record ApiFailure(String request, int status, String body) {
  String line() {
    String shown = body.length() > 300 ? body.substring(0, 300) + "…" : body;
    return status + " " + request + " -> " + shown.replaceAll("\\s+", " ");
  }

  JsonObject json() {
    return Json.createObjectBuilder()
        .add("status", status)
        .add("request", request)
        .add("body", body)
        .build();
  }
}
