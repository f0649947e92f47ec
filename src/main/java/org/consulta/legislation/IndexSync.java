package org.consulta.legislation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import org.consulta.platform.LogLine;

/**
 * Brings the index up to the database, the one place that writes it. It copies what was stamped
 * after the index's watermark (after each import batch commits, and at start), or rebuilds the
 * whole index when it is missing, made with another layout, ahead of the store or left unsure by a
 * failure. A commit records the watermark, so a killed process restarts from the last one.
 */
@ApplicationScoped
public class IndexSync {
  private static final Logger LOG = Logger.getLogger(IndexSync.class.getName());
  private static final int PAGE = 1000;

  @Inject private LegislationIndex index;
  @Inject private ProvisionStore store;

  private final ReentrantLock lock = new ReentrantLock();

  /**
   * Set when the writer may hold uncommitted changes (a half-done rebuild or copy) that must not be
   * committed under a watermark: the next sync rebuilds.
   */
  private boolean unsure;

  private volatile boolean rebuilding;

  /** Copies what the index misses, or rebuilds it when a copy cannot be trusted to be complete. */
  public void sync() {
    lock.lock();
    try {
      Watermark target = store.watermark();
      Optional<Watermark> indexed = index.watermark();
      IndexRepair repair = unsure ? IndexRepair.REBUILD : IndexRepair.needed(indexed, target);
      switch (repair) {
        case NONE -> {}
        case CATCH_UP -> copy(indexed.orElseThrow().stamp(), target);
        case REBUILD ->
            rebuild(target, unsure ? "unsure" : indexed.isEmpty() ? "no-watermark" : "differs");
      }
    } finally {
      lock.unlock();
    }
  }

  /** Rebuilds the whole index from the database, whatever its state. */
  public void rebuild() {
    lock.lock();
    try {
      rebuild(store.watermark(), "requested");
    } finally {
      lock.unlock();
    }
  }

  public boolean rebuilding() {
    return rebuilding;
  }

  /** {@code reason}: why, for the log line each rebuild leaves. */
  private void rebuild(Watermark target, String reason) {
    rebuilding = true;
    long started = System.nanoTime();
    try {
      unsure = true;
      index.clear();
      copy(-1, target);
      LOG.info(
          LogLine.of("index-rebuild")
              .with("index", "legislation")
              .with("reason", reason)
              .with("documents", target.provisions())
              .with("stamp", target.stamp())
              .with("ms", Duration.ofNanos(System.nanoTime() - started).toMillis())
              .toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      rebuilding = false;
    }
  }

  /**
   * Indexes the provisions stamped in {@code (after, target.stamp]} and commits under {@code
   * target}. If the count then differs (a batch committed meanwhile moved rows past the target),
   * the watermark is withdrawn, so that neither this process nor the next start trusts the index.
   */
  private void copy(long after, Watermark target) {
    try {
      for (long stamp : store.stampsBetween(after, target.stamp())) {
        String afterId = "";
        List<ProvisionRecord> page;
        do {
          page = store.stamped(stamp, afterId, PAGE);
          index.put(page);
          if (!page.isEmpty()) {
            afterId = page.get(page.size() - 1).id();
          }
        } while (page.size() == PAGE);
      }
      index.commit(target);
      unsure = false;
      int documents = index.documents();
      if (documents != target.provisions()) {
        LOG.warning(
            "The legislation index holds "
                + documents
                + " provisions, the store "
                + target.provisions()
                + "; it will be rebuilt");
        index.withdrawWatermark();
      }
    } catch (IOException e) {
      unsure = true;
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      unsure = true;
      throw e;
    }
  }
}
