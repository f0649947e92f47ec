package org.consulta.notifications;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.consulta.platform.LogLine;

/**
 * Sends the outbox in the background, when mail is on: every poll period it writes the digests that
 * are due, then claims due mails a few at a time and sends each, recording success or the error and
 * the next attempt (doubling waits, up to the configured number of attempts).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailSender {
  private static final Logger LOG = Logger.getLogger(MailSender.class.getName());
  private static final int BATCH = 20;

  @Resource private ManagedScheduledExecutorService scheduler;
  @Inject private MailSettings settings;
  @Inject private Outbox outbox;
  @Inject private Digests digests;
  @Inject private SmtpTransport smtp;
  private ScheduledFuture<?> task;

  @PostConstruct
  void start() {
    if (!settings.enabled()) {
      LOG.info("Mail is off (consulta.mail.enabled=false): no notification is written or sent");
      return;
    }
    long period = settings.pollPeriod().toMillis();
    task = scheduler.scheduleWithFixedDelay(this::tick, period, period, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  private void tick() {
    try {
      digests.writeDue();
      List<Outbox.Claimed> claimed;
      do {
        claimed = outbox.claim(BATCH, settings.lease());
        claimed.forEach(this::send);
      } while (claimed.size() == BATCH);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "The mail sender failed; it tries again at its next round", e);
    }
  }

  private void send(Outbox.Claimed mail) {
    try {
      smtp.send(mail);
      outbox.sent(mail.id());
    } catch (MessagingException | RuntimeException e) {
      boolean last = mail.attempt() >= settings.maxAttempts();
      Optional<Duration> retry =
          last ? Optional.empty() : Optional.of(settings.backoff(mail.attempt()));
      String error = describe(e);
      LOG.warning(
          LogLine.of("mail-failed")
              .with("id", mail.id())
              .with("attempt", mail.attempt())
              .with("retry-seconds", retry.map(Duration::toSeconds).orElse(null))
              .with("given-up", last)
              .with("error", error)
              .toString());
      outbox.failed(mail.id(), error, retry);
    }
  }

  /**
   * The error and its causes in one line, such as "Couldn't connect to host: Connection refused".
   */
  private static String describe(Throwable e) {
    var text = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (!text.isEmpty()) {
        text.append(": ");
      }
      text.append(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
    }
    return text.toString();
  }
}
