package org.consulta.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The mails waiting to go out. A write puts its mails here in its own transaction; the sender
 * claims due ones, sends them after that claim has committed, and records how it went.
 */
@ApplicationScoped
public class Outbox {
  static final String PENDING = "pending";
  static final String SENT = "sent";
  static final String FAILED = "failed";

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  /** A mail claimed for sending. */
  public record Claimed(
      long id, String recipient, String subject, String text, String html, int attempt) {}

  /** What an admin sees of a mail: its delivery, not its body. */
  public record Entry(
      long id,
      String kind,
      String recipient,
      String subject,
      String status,
      int attempts,
      Instant nextAttemptAt,
      String lastError,
      Instant createdAt,
      Instant sentAt) {}

  /** Queues a mail in the caller's transaction: it goes out only if that transaction commits. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void enqueue(MailMessage mail) {
    Timestamp now = Timestamp.from(clock.instant());
    em.createNativeQuery(
            "INSERT INTO mail_outbox (kind, recipient, subject, body_text, body_html, status,"
                + " attempts, next_attempt_at, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, ?7,"
                + " ?7)")
        .setParameter(1, mail.kind().name().toLowerCase(java.util.Locale.ROOT))
        .setParameter(2, mail.recipient())
        .setParameter(3, mail.subject())
        .setParameter(4, mail.text())
        .setParameter(5, mail.html())
        .setParameter(6, PENDING)
        .setParameter(7, now)
        .executeUpdate();
  }

  /**
   * Claims up to {@code max} due mails for {@code lease}: rows another engine holds are skipped,
   * and once this commits the rows are not due again until the lease ends, so each mail is sent by
   * one engine; one that dies while sending leaves its mails to be retried after the lease.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Claimed> claim(int max, Duration lease) {
    Instant now = clock.instant();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, recipient, subject, body_text, body_html, attempts FROM mail_outbox"
                    + " WHERE status = ?1 AND next_attempt_at <= ?2 ORDER BY next_attempt_at, id"
                    + " LIMIT ?3 FOR UPDATE SKIP LOCKED")
            .setParameter(1, PENDING)
            .setParameter(2, Timestamp.from(now))
            .setParameter(3, max)
            .getResultList();
    List<Claimed> claimed = new ArrayList<>();
    for (Object[] row : rows) {
      long id = ((Number) row[0]).longValue();
      int attempt = ((Number) row[5]).intValue() + 1;
      em.createNativeQuery(
              "UPDATE mail_outbox SET attempts = ?1, next_attempt_at = ?2 WHERE id = ?3")
          .setParameter(1, attempt)
          .setParameter(2, Timestamp.from(now.plus(lease)))
          .setParameter(3, id)
          .executeUpdate();
      claimed.add(
          new Claimed(
              id, (String) row[1], (String) row[2], (String) row[3], (String) row[4], attempt));
    }
    return claimed;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void sent(long id) {
    em.createNativeQuery(
            "UPDATE mail_outbox SET status = ?1, sent_at = ?2, last_error = NULL WHERE id = ?3")
        .setParameter(1, SENT)
        .setParameter(2, Timestamp.from(clock.instant()))
        .setParameter(3, id)
        .executeUpdate();
  }

  /**
   * Records a failed attempt: the mail is due again after {@code retryIn}, or, with none, given up.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void failed(long id, String error, Optional<Duration> retryIn) {
    Instant now = clock.instant();
    em.createNativeQuery(
            "UPDATE mail_outbox SET status = ?1, next_attempt_at = ?2, last_error = ?3 WHERE id = ?4")
        .setParameter(1, retryIn.isPresent() ? PENDING : FAILED)
        .setParameter(2, Timestamp.from(retryIn.map(now::plus).orElse(now)))
        .setParameter(3, error.length() > 2000 ? error.substring(0, 2000) : error)
        .setParameter(4, id)
        .executeUpdate();
  }

  /** The newest mails first, optionally of one status, with the number that match. */
  @Transactional
  public Page read(Optional<String> status, int offset, int limit) {
    String where = status.isPresent() ? " WHERE status = ?1" : "";
    var count = em.createNativeQuery("SELECT count(*) FROM mail_outbox" + where);
    var query =
        em.createNativeQuery(
            "SELECT id, kind, recipient, subject, status, attempts, next_attempt_at, last_error,"
                + " created_at, sent_at FROM mail_outbox"
                + where
                + " ORDER BY id DESC OFFSET "
                + offset
                + " LIMIT "
                + limit);
    status.ifPresent(
        s -> {
          count.setParameter(1, s);
          query.setParameter(1, s);
        });
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    List<Entry> entries =
        rows.stream()
            .map(
                r ->
                    new Entry(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        (String) r[4],
                        ((Number) r[5]).intValue(),
                        instant(r[6]),
                        (String) r[7],
                        instant(r[8]),
                        instant(r[9])))
            .toList();
    return new Page(entries, ((Number) count.getSingleResult()).longValue());
  }

  /** One page of mails and how many there are in all. */
  public record Page(List<Entry> entries, long total) {}

  static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    return (Instant) value;
  }
}
