package org.consulta.legislation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The import jobs in the database. Each call is a transaction of its own, apart from the batches
 * the jobs write, so that a progress report never holds up or rolls back a batch.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ImportJournal {
  @PersistenceContext private EntityManager em;

  /** One page of jobs, newest first, and how many there are in all. */
  public record Page(List<ImportProgress> jobs, long total) {}

  public StoredImport open(
      String source, ImportFormat format, OnError onError, Instant at, String node) {
    var stored = new StoredImport(source, format, onError, at, node);
    em.persist(stored);
    em.flush();
    return stored;
  }

  public void save(ImportProgress progress) {
    StoredImport stored = em.find(StoredImport.class, progress.id());
    if (stored == null) {
      throw new IllegalStateException("no stored import " + progress.id());
    }
    stored.take(progress);
  }

  /**
   * Marks the jobs that no engine runs any more as interrupted: those of engine {@code node} (this
   * one, starting again) and those of engines not heard from for {@code silence}, which are gone;
   * returns how many there were.
   */
  public int interruptUnfinished(Instant at, String node, Duration silence) {
    List<StoredImport> left =
        em.createQuery(
                "select s from StoredImport s where s.finishedAt is null", StoredImport.class)
            .getResultList();
    @SuppressWarnings("unchecked")
    List<String> alive =
        em.createNativeQuery(
                "SELECT id FROM engine_node WHERE id <> ?1 AND seen_at >= now() - make_interval(secs"
                    + " => ?2)")
            .setParameter(1, node)
            .setParameter(2, silence.toSeconds())
            .getResultList();
    List<StoredImport> dead = left.stream().filter(s -> !alive.contains(s.nodeId())).toList();
    dead.forEach(s -> s.interrupt(at));
    return dead.size();
  }

  /** Whether some engine is running an import now (called after {@link #interruptUnfinished}). */
  public boolean anyUnfinished() {
    return !em.createQuery("select s.id from StoredImport s where s.finishedAt is null", Long.class)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  public Optional<ImportProgress> find(long id) {
    return Optional.ofNullable(em.find(StoredImport.class, id)).map(StoredImport::progress);
  }

  public Page page(int offset, int limit) {
    List<ImportProgress> jobs =
        em.createQuery("select s from StoredImport s order by s.id desc", StoredImport.class)
            .setFirstResult(offset)
            .setMaxResults(limit)
            .getResultStream()
            .map(StoredImport::progress)
            .toList();
    long total =
        em.createQuery("select count(s) from StoredImport s", Long.class).getSingleResult();
    return new Page(jobs, total);
  }
}
