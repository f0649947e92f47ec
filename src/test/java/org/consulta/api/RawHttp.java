package org.consulta.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 exchange over a plain socket to the engine on the loopback interface, for the
 * requests a well-behaved client library refuses to send (a path with {@code ..}, a half-sent
 * body).
 */
final class RawHttp implements AutoCloseable {
  /** Another loopback address, so that a test's attack does not count against its own client. */
  static final String OTHER_CLIENT = "127.0.0.2";

  private final Socket socket;

  private RawHttp(Socket socket) {
    this.socket = socket;
  }

  /** Connects to the engine of {@code base} on 127.0.0.1, from {@code from}, a loopback address. */
  static RawHttp connect(URI base, String from) {
    var socket = new Socket();
    try {
      socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), base.getPort()), 5000);
      return new RawHttp(socket);
    } catch (IOException e) {
      close(socket);
      throw new UncheckedIOException(e);
    }
  }

  /** Sends text as it is; false once the engine has closed the connection. */
  boolean send(String text) {
    try {
      socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
      socket.getOutputStream().flush();
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** The response so far, waiting at most {@code millis} for it; empty if none came. */
  String received(int millis) {
    var response = new ByteArrayOutputStream();
    try {
      socket.setSoTimeout(millis);
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[8192];
      for (int n = in.read(buffer); n > 0; n = in.available() > 0 ? in.read(buffer) : -1) {
        response.write(buffer, 0, n);
      }
    } catch (IOException e) {
      // No more within the wait, or the engine closed the connection: what came is the answer.
    }
    return response.toString(StandardCharsets.UTF_8);
  }

  /** The status code of the response so far, or 0 if none has come. */
  static int status(String response) {
    return response.startsWith("HTTP/1.1 ") ? Integer.parseInt(response.substring(9, 12)) : 0;
  }

  @Override
  public void close() {
    close(socket);
  }

  private static void close(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // Closing a socket the engine already reset: nothing is left to release.
    }
  }
}
