package org.consulta.bench;

/** A request the engine answered with an error status: what was sent and what came back. */
record ApiFailure(String request, int status, String body) {
  String line() {
    String shown = body.length() > 300 ? body.substring(0, 300) + "…" : body;
    return status + " " + request + " -> " + shown.replaceAll("\\s+", " ");
  }
}
