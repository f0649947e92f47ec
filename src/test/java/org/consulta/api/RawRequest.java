package org.consulta.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Sends a request whose target {@link java.net.URI} refuses to build, such as a broken percent
 * escape, on a plain socket, and reads back its status, media type and body.
 */
final class RawRequest {
  private RawRequest() {}

  /** What came back; the body as received (chunk framing included, if any). */
  record Answer(int status, String contentType, String body) {}

  /** Sends {@code target}, relative to {@code base} (which ends in '/'), as it is. */
  static Answer send(URI base, String method, String target, String authorization) {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(60_000);
      String host = base.getHost() + ":" + base.getPort();
      String request =
          method
              + " "
              + base.getPath()
              + target
              + " HTTP/1.1\r\nHost: "
              + host
              + "\r\n"
              + (authorization == null ? "" : "Authorization: " + authorization + "\r\n")
              + "Content-Length: 0\r\nConnection: close\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      return parse(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Answer parse(String response) {
    int end = response.indexOf("\r\n\r\n");
    String head = end < 0 ? response : response.substring(0, end);
    String body = end < 0 ? "" : response.substring(end + 4);
    String[] lines = head.split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    String contentType = null;
    for (String line : lines) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
        contentType = line.substring(line.indexOf(':') + 1).trim();
      }
    }
    return new Answer(status, contentType, body);
  }
}
