package org.consulta.search;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.consulta.nodes.FeedChange;
import org.consulta.nodes.FeedChanges;
import org.consulta.platform.DomainException;
import org.consulta.platform.LogLine;

/**
 * Keeps the work index a copy of the database. The change feed, which every engine on the database
 * reads, says what went stale once a write has committed (this engine's or another's); one
 * background task at a time reads those things back from the database and writes them into the
 * index, then refreshes the searchers, so neither indexing nor refreshing happens on a request's
 * path. A rolled-back write is never seen, and since the index is always rewritten from committed
 * rows, notes that arrive twice or out of order do no harm.
 */
@ApplicationScoped
public class WorkIndexer {
  /** How long a search waits for the first build before it is told to come back. */
  static final Duration READY_WAIT = Duration.ofSeconds(1);

  private static final Logger LOG = Logger.getLogger(WorkIndexer.class.getName());
  private static final int REBUILD_PAGE = 1000;

  @Inject private WorkSource source;

  /**
   * Given by the startup bean: resource injection into this bean is not dependable, since the
   * container may first create it to deliver an after-commit event, outside any component.
   */
  private volatile ManagedExecutorService executor;

  /** Something the index holds that the database has changed since. */
  private interface Stale {}

  private record LawStale(String slug) implements Stale {}

  private record CommentStale(long id) implements Stale {}

  private final Set<Stale> stale = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean draining = new AtomicBoolean();
  private final ReentrantLock writing = new ReentrantLock();
  private final CountDownLatch built = new CountDownLatch(1);
  private WorkIndex index;

  /** What the change feed says went stale, whichever engine wrote it. */
  void followed(@Observes FeedChanges changes) {
    if (changes.everything()) {
      rebuildInBackground();
      return;
    }
    changes.refs(FeedChange.LAW).forEach(slug -> note(new LawStale(slug)));
    changes.refs(FeedChange.COMMENT).forEach(id -> note(new CommentStale(Long.parseLong(id))));
  }

  /** Builds the index from the database in the background; searches wait for it or get a 503. */
  public synchronized void buildInBackground(ManagedExecutorService executor) {
    if (index != null) {
      return;
    }
    this.executor = executor;
    try {
      index = new WorkIndex();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    executor.execute(this::build);
  }

  /** Rebuilds the built index from the database, when the feed may have missed changes. */
  private void rebuildInBackground() {
    if (built.getCount() == 0) {
      executor.execute(this::build);
    }
  }

  /** The index once built; a caller that arrives earlier waits briefly, then gets a 503. */
  WorkIndex searchable() {
    try {
      if (built.await(READY_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        return index;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    throw new DomainException(
        DomainException.Reason.UNAVAILABLE,
        null,
        "the search index of laws and comments is being built; retry shortly");
  }

  /** Whether the first build from the database is over, so that searches answer. */
  boolean built() {
    return built.getCount() == 0;
  }

  private void note(Stale thing) {
    stale.add(thing);
    if (built.getCount() == 0 && draining.compareAndSet(false, true)) {
      executor.execute(this::drain);
    }
  }

  private void build() {
    writing.lock();
    try {
      long started = System.nanoTime();
      index.clear();
      for (String law : source.lawSlugs()) {
        index.putLaw(law, source.articles(law));
      }
      long after = 0;
      List<CommentRecord> page;
      do {
        page = source.commentsAfter(after, REBUILD_PAGE);
        index.putComments(List.of(), page);
        after = page.isEmpty() ? after : page.get(page.size() - 1).id();
      } while (page.size() == REBUILD_PAGE);
      index.refresh();
      LOG.info(
          LogLine.of("index-rebuild")
              .with("index", "work")
              .with("reason", "start")
              .with("documents", index.documents())
              .with("ms", Duration.ofNanos(System.nanoTime() - started).toMillis())
              .toString());
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.SEVERE, "The work index could not be built; searches of it will fail", e);
    } finally {
      built.countDown();
      writing.unlock();
    }
    if (draining.compareAndSet(false, true)) {
      drain();
    }
  }

  /** Rewrites whatever was noted stale, until nothing is; then lets the next note start a drain. */
  private void drain() {
    do {
      writing.lock();
      try {
        while (!stale.isEmpty()) {
          rewrite(take());
        }
        index.refresh();
      } catch (IOException | RuntimeException e) {
        LOG.log(Level.SEVERE, "The work index missed changes; a restart rebuilds it", e);
      } finally {
        writing.unlock();
        draining.set(false);
      }
    } while (!stale.isEmpty() && draining.compareAndSet(false, true));
  }

  private List<Stale> take() {
    List<Stale> taken = new ArrayList<>(stale);
    stale.removeAll(taken);
    return taken;
  }

  private void rewrite(List<Stale> things) throws IOException {
    Set<Long> comments = new HashSet<>();
    for (Stale thing : things) {
      if (thing instanceof LawStale law) {
        index.putLaw(law.slug(), source.articles(law.slug()));
      } else if (thing instanceof CommentStale comment) {
        comments.add(comment.id());
      }
    }
    index.putComments(comments, source.comments(comments));
  }

  @PreDestroy
  synchronized void close() {
    if (index != null) {
      try {
        index.close();
      } catch (IOException e) {
        LOG.log(Level.WARNING, "The work index did not close cleanly", e);
      }
    }
  }
}
