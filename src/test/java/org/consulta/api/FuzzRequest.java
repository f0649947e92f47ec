package org.consulta.api;

import java.util.Map;

/**
 * One request of the fuzz test.
 *
 * @param operation the operation it aims at, as {@code POST /api/laws}
 * @param input what is malformed in it, for the report
 * @param target path and query from the server's root, already encoded, without the leading '/'
 * @param raw whether the target must go on a raw socket, since {@link java.net.URI} refuses it
 */
record FuzzRequest(
    String operation,
    String input,
    String method,
    String target,
    byte[] body,
    String contentType,
    Map<String, String> headers,
    boolean raw) {

  RawRequest.Answer send(Api caller, java.net.URI base) {
    if (raw) {
      return RawRequest.send(base, method, target, caller.authorization());
    }
    var reply = caller.send(method, target, body, contentType, headers);
    return new RawRequest.Answer(reply.status(), reply.header("Content-Type"), reply.body());
  }
}
