package org.consulta.api;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;

/** The plain-text part of a mail the engine sent. */
final class MailText {
  private MailText() {}

  static String plain(MimeMessage message) throws MessagingException, IOException {
    Object content = message.getContent();
    if (content instanceof Multipart parts) {
      for (int i = 0; i < parts.getCount(); i++) {
        BodyPart part = parts.getBodyPart(i);
        if (part.isMimeType("text/plain")) {
          return (String) part.getContent();
        }
      }
      throw new AssertionError("no text/plain part");
    }
    return (String) content;
  }
}
