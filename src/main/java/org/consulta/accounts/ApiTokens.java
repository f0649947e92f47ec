package org.consulta.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.consulta.platform.DomainException;

/** Issues, lists and revokes API tokens, and tells whose a presented token is. */
@ApplicationScoped
@Transactional
public class ApiTokens {
  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private TokenUses uses;

  /** Returns the new token; it is not kept, so this is the only time anyone sees it. */
  public String issue(Account account, String label, Optional<Instant> expiresAt) {
    Instant now = clock.instant();
    if (expiresAt.isPresent() && !expiresAt.get().isAfter(now)) {
      throw DomainException.invalid("expiresAt", "expiresAt must be in the future");
    }
    String token = Secrets.random(32);
    em.persist(
        new ApiToken(em.merge(account), Secrets.sha256(token), label, now, expiresAt.orElse(null)));
    return token;
  }

  /**
   * The account of a token that exists and has not expired, noting that it was used. Every request
   * presenting a token asks this, so the token, its account and the account's roles come in one
   * query read outside a transaction (nothing is kept between requests: a revoked token, a disabled
   * account or a changed role is refused at once, on every node); the use is written, in a
   * transaction of its own, only when it is due.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Account> byToken(String token) {
    Instant now = clock.instant();
    Optional<ApiToken> found =
        em.createQuery("select t from ApiToken t where t.tokenHash = :h", ApiToken.class)
            .setParameter("h", Secrets.sha256(token))
            // As fetch joins in the query, EclipseLink would still read the roles on their own.
            .setHint("eclipselink.join-fetch", "t.account")
            .setHint("eclipselink.left-join-fetch", "t.account.roles")
            .getResultStream()
            .findFirst()
            .filter(t -> t.isLiveAt(now));
    found.filter(t -> t.isUseDueAt(now)).ifPresent(t -> uses.record(t.id(), now));
    return found.map(ApiToken::account);
  }

  public List<ApiToken> of(Account account) {
    return em.createQuery(
            "select t from ApiToken t where t.account.id = :a order by t.createdAt, t.id",
            ApiToken.class)
        .setParameter("a", account.id())
        .getResultList();
  }

  /** Revokes one of the account's own tokens; someone else's is as unknown as a missing one. */
  public void revoke(Account account, long id) {
    ApiToken token = em.find(ApiToken.class, id);
    if (token == null || !token.account().id().equals(account.id())) {
      throw new DomainException(
          DomainException.Reason.NOT_FOUND, "id", "you have no API token " + id);
    }
    em.remove(token);
  }
}
