package org.consulta.drafting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.consulta.platform.DomainException;

/** What drafters share of a law: who reads its working text, and which versions are published. */
@ApplicationScoped
@Transactional
public class LawPublication {
  @PersistenceContext private EntityManager em;
  @Inject private Laws laws;
  @Inject private LawVersions versions;
  @Inject private Clock clock;

  public Law readWorkingTextBy(String slug, WorkingTextReaders readers) {
    Law law = laws.locked(slug);
    law.readWorkingTextBy(readers);
    return law;
  }

  public LawVersion publish(String slug, int number, String by) {
    LawVersion version = versions.find(laws.locked(slug), number, "v");
    version.publish(by, clock.instant());
    return version;
  }

  /**
   * Takes the version back from the public, unless a consultation round was opened on it: its
   * participants were shown that text, and what they said about it refers to it.
   */
  public LawVersion unpublish(String slug, int number) {
    LawVersion version = versions.find(laws.locked(slug), number, "v");
    // A native query: drafting knows no consultation class, only that rounds name a version.
    long rounds =
        ((Number)
                em.createNativeQuery("select count(*) from consultation where version_id = ?1")
                    .setParameter(1, version.id())
                    .getSingleResult())
            .longValue();
    if (rounds > 0) {
      throw new DomainException(
          DomainException.Reason.CONFLICT,
          "v",
          "version " + number + " of law '" + slug + "' was consulted on and stays published");
    }
    version.unpublish();
    return version;
  }
}
