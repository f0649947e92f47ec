package org.consulta.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;

/** Hands one mail to the configured SMTP server (Jakarta Mail, as Payara Micro ships it). */
@ApplicationScoped
public class SmtpTransport {
  @Inject private MailSettings settings;
  @Inject private Clock clock;

  public void send(Outbox.Claimed mail) throws MessagingException {
    Session session = Session.getInstance(settings.sessionProperties());
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress(settings.from()));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient(), true));
    message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
    message.setSentDate(Date.from(clock.instant()));
    MimeBodyPart text = new MimeBodyPart();
    text.setText(mail.text(), StandardCharsets.UTF_8.name());
    MimeMultipart body = new MimeMultipart("alternative");
    body.addBodyPart(text);
    if (mail.html() != null) {
      MimeBodyPart html = new MimeBodyPart();
      html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
      body.addBodyPart(html);
    }
    message.setContent(body);
    try (Transport transport = session.getTransport(settings.protocol())) {
      if (settings.user().isPresent()) {
        transport.connect(settings.user().get(), settings.password().orElse(""));
      } else {
        transport.connect();
      }
      transport.sendMessage(message, message.getAllRecipients());
    }
  }
}
