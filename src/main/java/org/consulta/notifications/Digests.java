package org.consulta.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.consulta.consultation.Comment;
import org.consulta.consultation.Consultation;

/**
 * Subscribed drafters' digests. A new contribution becomes an item for each subscriber of its
 * round, in the contribution's own transaction; at most once per period, a subscriber's items
 * become one mail in the outbox.
 */
@ApplicationScoped
public class Digests {
  private static final int EXCERPT = 160;

  @PersistenceContext private EntityManager em;
  @Inject private Outbox outbox;
  @Inject private MailSettings settings;
  @Inject private Clock clock;

  /** Notes a new contribution for every subscriber of its round but its author. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void note(Comment comment) {
    em.createNativeQuery(
            "INSERT INTO digest_item (consultation_id, account_id, comment_id)"
                + " SELECT consultation_id, account_id, ?1 FROM round_subscription"
                + " WHERE consultation_id = ?2 AND account_id <> ?3")
        .setParameter(1, comment.id())
        .setParameter(2, comment.consultation().id())
        .setParameter(3, comment.author().id())
        .executeUpdate();
  }

  /**
   * Writes the digests that are due into the outbox: a subscription with items whose last digest
   * (or, before the first, the subscription) is a period old. Subscriptions another engine is
   * writing are skipped, so each item goes out once.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int writeDue() {
    Instant now = clock.instant();
    @SuppressWarnings("unchecked")
    List<Object[]> due =
        em.createNativeQuery(
                "SELECT s.consultation_id, s.account_id, s.email, s.lang FROM round_subscription s"
                    + " WHERE COALESCE(s.last_digest_at, s.created_at) <= ?1 AND EXISTS (SELECT 1"
                    + " FROM digest_item d WHERE d.consultation_id = s.consultation_id"
                    + " AND d.account_id = s.account_id) FOR UPDATE OF s SKIP LOCKED")
            .setParameter(1, Timestamp.from(now.minus(settings.digestPeriod())))
            .getResultList();
    for (Object[] row : due) {
      long round = ((Number) row[0]).longValue();
      long account = ((Number) row[1]).longValue();
      write(round, account, (String) row[2], (String) row[3], now);
    }
    return due.size();
  }

  private void write(long roundId, long account, String email, String lang, Instant now) {
    @SuppressWarnings("unchecked")
    List<Number> items =
        em.createNativeQuery(
                "SELECT comment_id FROM digest_item WHERE consultation_id = ?1 AND account_id = ?2")
            .setParameter(1, roundId)
            .setParameter(2, account)
            .getResultList();
    List<DigestEntry> entries = new ArrayList<>();
    for (Number item : items) {
      entries.add(entry(em.find(Comment.class, item.longValue())));
      em.createNativeQuery(
              "DELETE FROM digest_item WHERE consultation_id = ?1 AND account_id = ?2"
                  + " AND comment_id = ?3")
          .setParameter(1, roundId)
          .setParameter(2, account)
          .setParameter(3, item.longValue())
          .executeUpdate();
    }
    Consultation round = em.find(Consultation.class, roundId);
    outbox.enqueue(
        DigestMail.of(
            lang,
            email,
            round.title(),
            entries,
            settings.baseUrl() + "#/consultations/" + roundId + "/queue"));
    em.createNativeQuery(
            "UPDATE round_subscription SET last_digest_at = ?1"
                + " WHERE consultation_id = ?2 AND account_id = ?3")
        .setParameter(1, Timestamp.from(now))
        .setParameter(2, roundId)
        .setParameter(3, account)
        .executeUpdate();
  }

  private static DigestEntry entry(Comment comment) {
    DigestEntry.Kind kind =
        comment.isReply()
            ? DigestEntry.Kind.REPLY
            : comment.isSuggestion() ? DigestEntry.Kind.SUGGESTION : DigestEntry.Kind.COMMENT;
    return new DigestEntry(
        comment.id(),
        comment.article().eId(),
        kind,
        comment.author().displayName(),
        MailTexts.excerpt(comment.body(), EXCERPT),
        comment.createdAt());
  }
}
