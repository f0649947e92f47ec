package org.consulta.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MailSettingsTest {
  @Test
  void retriesWaitTwiceAsLongEachTimeUpToADay() {
    MailSettings settings = settings("starttls");
    settings.retrySeconds = 60;
    assertEquals(
        List.of(60L, 120L, 240L, 480L),
        IntStream.rangeClosed(1, 4).mapToObj(a -> settings.backoff(a).toSeconds()).toList());
    assertEquals(Duration.ofDays(1), settings.backoff(40));
  }

  @Test
  void startTlsIsRequiredAndEveryWaitOnTheServerIsBounded() {
    var props = settings("starttls").sessionProperties();
    assertEquals("true", props.getProperty("mail.smtp.starttls.required"));
    assertEquals("10000", props.getProperty("mail.smtp.connectiontimeout"));
    assertEquals("10000", props.getProperty("mail.smtp.timeout"));
    assertEquals("10000", props.getProperty("mail.smtp.writetimeout"));
    assertEquals("false", props.getProperty("mail.smtp.auth"));
  }

  @Test
  void sslSpeaksSmtpsAndNoneSpeaksPlainSmtp() {
    MailSettings ssl = settings("ssl");
    assertEquals("smtps", ssl.protocol());
    assertEquals("465", ssl.sessionProperties().getProperty("mail.smtps.port"));
    var plain = settings("none").sessionProperties();
    assertFalse(plain.containsKey("mail.smtp.starttls.enable"));
    assertFalse(plain.containsKey("mail.smtp.ssl.checkserveridentity"));
  }

  private static MailSettings settings(String tls) {
    MailSettings settings = new MailSettings();
    settings.host = "smtp.example.org";
    settings.port = "ssl".equals(tls) ? 465 : 587;
    settings.tls = tls;
    settings.user = Optional.empty();
    settings.password = Optional.empty();
    settings.timeoutSeconds = 10;
    settings.retrySeconds = 60;
    return settings;
  }
}
