package org.consulta.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Records when an API token was last used. Apart from {@link ApiTokens}, whose reads run outside a
 * transaction, so that only the rare request that records a use pays for one.
 */
@ApplicationScoped
@Transactional
public class TokenUses {
  @PersistenceContext private EntityManager em;

  /** Notes a use at {@code at}, never moving the recorded instant back. */
  public void record(long token, Instant at) {
    em.createNativeQuery(
            "UPDATE api_token SET last_used_at = ?1"
                + " WHERE id = ?2 AND (last_used_at IS NULL OR last_used_at < ?1)")
        .setParameter(1, at.atOffset(ZoneOffset.UTC))
        .setParameter(2, token)
        .executeUpdate();
  }
}
