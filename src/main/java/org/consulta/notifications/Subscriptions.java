package org.consulta.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.consulta.consultation.Consultations;
import org.consulta.platform.DomainException;

/** Drafters' subscriptions to the new contributions of a round, sent as digests. */
@ApplicationScoped
@Transactional
public class Subscriptions {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  @PersistenceContext private EntityManager em;
  @Inject private Consultations consultations;
  @Inject private Clock clock;

  /** A subscription as it stands. */
  public record Subscription(long consultation, String email, String lang, Instant since) {}

  /** Subscribes, or changes the address or language of a subscription (its period is kept). */
  public Subscription subscribe(long round, long account, String email, String lang) {
    consultations.find(round);
    if (!EMAIL.matcher(email).matches()) {
      throw DomainException.invalid("email", "'" + email + "' is not an e-mail address");
    }
    if (!List.of("es", "en").contains(lang)) {
      throw DomainException.invalid("lang", "mails are written in 'es' or 'en'");
    }
    em.createNativeQuery(
            "INSERT INTO round_subscription (consultation_id, account_id, email, lang, created_at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (consultation_id, account_id)"
                + " DO UPDATE SET email = EXCLUDED.email, lang = EXCLUDED.lang")
        .setParameter(1, round)
        .setParameter(2, account)
        .setParameter(3, email)
        .setParameter(4, lang)
        .setParameter(5, Timestamp.from(clock.instant()))
        .executeUpdate();
    Object since =
        em.createNativeQuery(
                "SELECT created_at FROM round_subscription"
                    + " WHERE consultation_id = ?1 AND account_id = ?2")
            .setParameter(1, round)
            .setParameter(2, account)
            .getSingleResult();
    return new Subscription(round, email, lang, Outbox.instant(since));
  }

  /** The caller's subscription to the round, if they have one. */
  public Subscription of(long round, long account) {
    consultations.find(round);
    List<?> found =
        em.createNativeQuery(
                "SELECT email, lang, created_at FROM round_subscription"
                    + " WHERE consultation_id = ?1 AND account_id = ?2")
            .setParameter(1, round)
            .setParameter(2, account)
            .getResultList();
    if (found.isEmpty()) {
      throw new DomainException(
          DomainException.Reason.NOT_FOUND,
          "subscription",
          "you have no subscription to consultation " + round);
    }
    Object[] row = (Object[]) found.get(0);
    return new Subscription(round, (String) row[0], (String) row[1], Outbox.instant(row[2]));
  }

  /** Ends a subscription, with the contributions its next digest would have listed. */
  public void unsubscribe(long round, long account) {
    consultations.find(round);
    int removed =
        em.createNativeQuery(
                "DELETE FROM round_subscription WHERE consultation_id = ?1 AND account_id = ?2")
            .setParameter(1, round)
            .setParameter(2, account)
            .executeUpdate();
    if (removed == 0) {
      throw new DomainException(
          DomainException.Reason.NOT_FOUND,
          "subscription",
          "you have no subscription to consultation " + round);
    }
  }
}
