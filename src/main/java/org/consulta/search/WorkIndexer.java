package org.consulta.search;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.consulta.nodes.FeedChange;
import org.consulta.nodes.FeedChanges;
import org.consulta.nodes.FeedStartup;
import org.consulta.platform.DomainException;
import org.consulta.platform.LogLine;

/**
 * Keeps the work index a copy of the database, on disk in this engine's data directory: a start
 * catches up on the change feed from where the index's last commit stood, and rebuilds it only when
 * that position cannot be trusted ({@link WorkIndexPosition}). The change feed, which every engine
 * on the database reads, says what went stale once a write has committed (this engine's or
 * another's); one background task at a time reads those things back from the database and writes
 * them into the index, then refreshes the searchers, so neither indexing nor refreshing happens on
 * a request's path. A rolled-back write is never seen, and since the index is always rewritten from
 * committed rows, notes that arrive twice or out of order do no harm.
 */
@ApplicationScoped
public class WorkIndexer {
  /** How long a search waits for the first build before it is told to come back. */
  static final Duration READY_WAIT = Duration.ofSeconds(1);

  private static final Logger LOG = Logger.getLogger(WorkIndexer.class.getName());
  private static final int REBUILD_PAGE = 1000;

  /** Bumped whenever what a document holds changes: an index kept by another version is rebuilt. */
  static final String SCHEMA = "1";

  private static final Duration COMMIT_EVERY = Duration.ofSeconds(5);
  private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

  @Inject private WorkSource source;

  /**
   * Given by the startup bean: resource injection into this bean is not dependable, since the
   * container may first create it to deliver an after-commit event, outside any component.
   */
  private volatile ManagedExecutorService executor;

  /** Something the index holds that the database has changed since. */
  private interface Stale {}

  private record LawStale(String slug) implements Stale {}

  /** An edit changed one article's text, not its place: the law's other entries still stand. */
  private record ArticleStale(long id) implements Stale {}

  private record CommentStale(long id) implements Stale {}

  private final Set<Stale> stale = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean draining = new AtomicBoolean();
  private final ReentrantLock writing = new ReentrantLock();
  private final CountDownLatch built = new CountDownLatch(1);
  private WorkIndex index;

  /** Every change of a transaction below this feed horizon has been noted stale. */
  private volatile long noted;

  /** A change was lost: the index records no position, so that the next start rebuilds it. */
  private boolean missed;

  private long committedAt;
  private boolean rebuildAfterStart;

  /** What the change feed says went stale, whichever engine wrote it. */
  void followed(@Observes FeedChanges changes) {
    if (changes.everything()) {
      noted = changes.horizon();
      rebuildInBackground();
      return;
    }
    changes.refs(FeedChange.LAW).forEach(slug -> stale.add(new LawStale(slug)));
    changes.refs(FeedChange.ARTICLE).forEach(id -> stale.add(new ArticleStale(Long.parseLong(id))));
    changes.refs(FeedChange.COMMENT).forEach(id -> stale.add(new CommentStale(Long.parseLong(id))));
    // After the things: a drain that reads this horizon finds them noted.
    noted = Math.max(noted, changes.horizon());
    drainSoon();
  }

  /**
   * Opens the index kept in {@code directory} and, in the background, catches it up on the change
   * feed from the position its last commit records, or rebuilds it from the database when it has
   * none the feed still reaches; searches wait for that or get a 503.
   */
  public synchronized void startInBackground(
      ManagedExecutorService executor, Path directory, FeedStartup feed) {
    if (index != null) {
      return;
    }
    this.executor = executor;
    noted = Math.max(noted, feed.startHorizon());
    index = open(directory);
    executor.execute(() -> start(feed));
  }

  /**
   * Rebuilds the index from the database, when the feed may have missed changes: at once, or after
   * the start's own catch-up or build, which began before the feed said so.
   */
  private synchronized void rebuildInBackground() {
    if (built.getCount() == 0) {
      executor.execute(() -> build("feed-pruned"));
    } else {
      rebuildAfterStart = true;
    }
  }

  /** Marks the index ready, then runs what waited for that. */
  private synchronized void ready() {
    built.countDown();
    if (rebuildAfterStart) {
      rebuildAfterStart = false;
      executor.execute(() -> build("feed-pruned"));
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

  /** Whether the index answers for everything committed before this engine started. */
  boolean built() {
    return built.getCount() == 0;
  }

  private static WorkIndex open(Path directory) {
    try {
      Files.createDirectories(directory);
      Directory files = FSDirectory.open(directory);
      try {
        return new WorkIndex(files);
      } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
        LOG.log(Level.SEVERE, "The work index at " + directory + " is unreadable; emptying it", e);
        for (String file : files.listAll()) {
          files.deleteFile(file);
        }
        return new WorkIndex(files);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the work index at " + directory, e);
    }
  }

  private void drainSoon() {
    if (built.getCount() == 0 && draining.compareAndSet(false, true)) {
      executor.execute(this::drain);
    }
  }

  private void start(FeedStartup feed) {
    WorkIndexPosition.Start start;
    try {
      start = WorkIndexPosition.decide(index.committed(), SCHEMA, feed::since);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The work index cannot catch up on the change feed; rebuilding", e);
      start = new WorkIndexPosition.Rebuild("feed-unread");
    }
    if (start instanceof WorkIndexPosition.CatchUp catchUp) {
      catchUp(catchUp);
    } else if (start instanceof WorkIndexPosition.Rebuild rebuild) {
      build(rebuild.reason());
    }
  }

  /** Rewrites what the feed named since the index's position; the rest is already current. */
  private void catchUp(WorkIndexPosition.CatchUp catchUp) {
    writing.lock();
    try {
      long started = System.nanoTime();
      long horizon = noted;
      List<Stale> things = new ArrayList<>(take());
      for (FeedChange change : catchUp.changes()) {
        if (change.kind().equals(FeedChange.LAW)) {
          things.add(new LawStale(change.ref()));
        } else if (change.kind().equals(FeedChange.ARTICLE)) {
          things.add(new ArticleStale(Long.parseLong(change.ref())));
        } else if (change.kind().equals(FeedChange.COMMENT)) {
          things.add(new CommentStale(Long.parseLong(change.ref())));
        }
      }
      rewrite(things);
      index.refresh();
      keep(horizon, true);
      LOG.info(
          LogLine.of("index-catch-up")
              .with("index", "work")
              .with("from", catchUp.from())
              .with("to", horizon)
              .with("changes", things.size())
              .with("documents", index.documents())
              .with("ms", Duration.ofNanos(System.nanoTime() - started).toMillis())
              .toString());
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.SEVERE, "The work index could not catch up; searches of it will fail", e);
    } finally {
      writing.unlock();
      ready();
    }
    drainSoon();
  }

  private void build(String reason) {
    writing.lock();
    try {
      long started = System.nanoTime();
      long horizon = noted;
      // Until the build is kept whole, a commit must not claim the old position.
      index.position(Map.of());
      missed = false;
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
      keep(horizon, true);
      LOG.info(
          LogLine.of("index-rebuild")
              .with("index", "work")
              .with("reason", reason)
              .with("documents", index.documents())
              .with("ms", Duration.ofNanos(System.nanoTime() - started).toMillis())
              .toString());
    } catch (IOException | RuntimeException e) {
      missed = true;
      LOG.log(Level.SEVERE, "The work index could not be built; searches of it will fail", e);
    } finally {
      writing.unlock();
      ready();
    }
    drainSoon();
  }

  /**
   * Records that the index reflects every change below {@code horizon}, unless a change was lost,
   * and commits when {@code now} or when the last commit is old enough: a commit costs a flush and
   * an fsync, and what a crash loses after it is only read again from the feed at the next start.
   */
  private void keep(long horizon, boolean now) throws IOException {
    if (missed) {
      return;
    }
    index.position(WorkIndexPosition.commitData(SCHEMA, horizon));
    if (now || System.nanoTime() - committedAt >= COMMIT_EVERY.toNanos()) {
      index.commit();
      committedAt = System.nanoTime();
    }
  }

  /** Rewrites whatever was noted stale, until nothing is; then lets the next note start a drain. */
  private void drain() {
    do {
      writing.lock();
      try {
        long horizon = noted;
        while (!stale.isEmpty()) {
          rewrite(take());
        }
        index.refresh();
        keep(horizon, false);
      } catch (IOException | RuntimeException e) {
        missed = true;
        index.position(Map.of());
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
    Set<String> laws = new HashSet<>();
    Set<Long> articles = new HashSet<>();
    Set<Long> comments = new HashSet<>();
    for (Stale thing : things) {
      if (thing instanceof LawStale law) {
        laws.add(law.slug());
      } else if (thing instanceof ArticleStale article) {
        articles.add(article.id());
      } else if (thing instanceof CommentStale comment) {
        comments.add(comment.id());
      }
    }
    for (String law : laws) {
      index.putLaw(law, source.articles(law));
    }
    for (long id : articles) {
      // A law rewritten above already holds this article as the database has it now.
      var entries = source.article(id).filter(a -> !laws.contains(a.law()));
      if (entries.isPresent()) {
        index.putArticle(entries.get().law(), entries.get().eId(), entries.get().languages());
      }
    }
    index.putComments(comments, source.comments(comments));
  }

  /**
   * Commits what the last drain recorded, unless a build or drain is still writing: then the last
   * commit stands, and the next start catches up from there.
   */
  @PreDestroy
  synchronized void close() {
    if (index == null) {
      return;
    }
    try {
      if (writing.tryLock(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        try {
          index.commit();
        } finally {
          writing.unlock();
        }
      }
    } catch (IOException e) {
      LOG.log(Level.WARNING, "The work index could not keep its last changes", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      try {
        index.close();
      } catch (IOException e) {
        LOG.log(Level.WARNING, "The work index did not close cleanly", e);
      }
    }
  }
}
