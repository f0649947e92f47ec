package org.consulta.legislation;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.consulta.nodes.FeedChange;
import org.consulta.nodes.FeedChanges;

/**
 * Brings the index up to the database when the change feed says an import batch committed, on this
 * engine or another. The feed only wakes it: what to copy is decided by the watermarks, as at
 * start, so a batch this engine already copied costs one comparison, and many batches one catch-up.
 */
@ApplicationScoped
public class IndexFollower {
  private static final Logger LOG = Logger.getLogger(IndexFollower.class.getName());

  @Inject private IndexSync sync;

  /** Given by the startup bean, like the work index's: see {@code WorkIndexer}. */
  private volatile ManagedExecutorService executor;

  private final AtomicBoolean pending = new AtomicBoolean();

  void start(ManagedExecutorService executor) {
    this.executor = executor;
  }

  void followed(@Observes FeedChanges changes) {
    if (changes.touches(FeedChange.LEGISLATION)
        && executor != null
        && pending.compareAndSet(false, true)) {
      executor.execute(this::catchUp);
    }
  }

  private void catchUp() {
    pending.set(false);
    try {
      sync.sync();
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "The legislation index could not follow the database", e);
    }
  }
}
