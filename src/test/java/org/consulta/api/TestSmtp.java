package org.consulta.api;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

/**
 * The SMTP server the API tests' engine sends to: GreenMail on a port fixed for the test run, which
 * the engine is configured with ({@link Deployments}). A test may stop it to play a dead server;
 * the engine's outbox then retries until it runs again.
 */
final class TestSmtp {
  static final int PORT = freePort();
  static final String WEB_APP = "http://consulta.test/";

  /** The engine's digest period in the API tests. */
  static final long DIGEST_SECONDS = 8;

  private static GreenMail server;

  private TestSmtp() {}

  static synchronized void running() {
    if (server == null) {
      server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      server.start();
    }
  }

  static synchronized void stopped() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  /** The mails received for {@code address} since the server last started. */
  static synchronized List<MimeMessage> to(String address) {
    if (server == null) {
      return List.of();
    }
    return Arrays.stream(server.getReceivedMessages()).filter(m -> sentTo(m, address)).toList();
  }

  private static boolean sentTo(MimeMessage message, String address) {
    try {
      Address[] to = message.getAllRecipients();
      return to.length == 1 && to[0].toString().equals(address);
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
