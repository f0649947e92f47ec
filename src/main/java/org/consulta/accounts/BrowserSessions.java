package org.consulta.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Opens, finds and closes browser log-in sessions. */
@ApplicationScoped
@Transactional
public class BrowserSessions {
  @PersistenceContext private EntityManager em;
  @Inject private PasswordCheck passwords;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "consulta.session.hours", defaultValue = "12")
  private int hours;

  /** A session just opened: the cookie's token exists only here and in the browser. */
  public record Opened(String token, BrowserSession session) {}

  /** Logs in with a password; empty when the username or the password is wrong. */
  public Optional<Opened> open(String username, String password, String address) {
    return passwords.verify(username, password, address).map(this::openFor);
  }

  private Opened openFor(Account account) {
    Instant now = clock.instant();
    em.createQuery("delete from BrowserSession s where s.expiresAt <= :now")
        .setParameter("now", now)
        .executeUpdate();
    String token = Secrets.random(32);
    var session =
        new BrowserSession(
            em.merge(account),
            Secrets.sha256(token),
            Secrets.random(24),
            now,
            now.plus(Duration.ofHours(hours)));
    em.persist(session);
    return new Opened(token, session);
  }

  /** The live session this cookie token names, if any. */
  public Optional<BrowserSession> find(String token) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    return em.createQuery(
            "select s from BrowserSession s where s.tokenHash = :h", BrowserSession.class)
        .setParameter("h", Secrets.sha256(token))
        .getResultStream()
        .findFirst()
        .filter(s -> s.isLiveAt(now) && s.account().isEnabled());
  }

  public void close(String token) {
    if (token != null) {
      em.createQuery("delete from BrowserSession s where s.tokenHash = :h")
          .setParameter("h", Secrets.sha256(token))
          .executeUpdate();
    }
  }

  public Duration lifetime() {
    return Duration.ofHours(hours);
  }
}
