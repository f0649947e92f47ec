package org.consulta.legislation;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.consulta.nodes.EngineNode;
import org.consulta.platform.DomainException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts imports in the background and answers for their progress: a job this engine is running
 * reports live from memory, every other one from {@link ImportJournal}, which outlives a restart.
 */
@ApplicationScoped
public class ImportJobs {
  private static final Logger LOG = Logger.getLogger(ImportJobs.class.getName());
  private static final String SPOOL_PREFIX = "import-";
  private static final String SPOOL_SUFFIX = ".upload";

  /** An engine not heard from for this long (it notes it is alive every few seconds) is gone. */
  private static final Duration ENGINE_SILENCE = Duration.ofMinutes(1);

  @Resource private ManagedExecutorService executor;
  @Inject private LegislationImport importer;
  @Inject private ImportJournal journal;
  @Inject private Clock clock;
  @Inject private EngineNode node;

  @Inject
  @ConfigProperty(name = "consulta.data.dir", defaultValue = "./data")
  private String dataDir;

  /** Defaults to a folder of the data directory, so that moving the data moves it too. */
  @Inject
  @ConfigProperty(name = "consulta.import.dir")
  private Optional<String> uploadDir;

  /** The jobs of this engine that have not finished yet. */
  private final Map<Long, ImportJob> running = new ConcurrentHashMap<>();

  /** Spools an uploaded file to disk, then imports it; the spooled copy goes when the job ends. */
  public ImportJob upload(InputStream body, String name, ImportFormat format, OnError onError) {
    Path spooled;
    try {
      Path dir = Files.createDirectories(uploads());
      spooled = Files.createTempFile(dir, SPOOL_PREFIX, SPOOL_SUFFIX);
      Files.copy(body, spooled, StandardCopyOption.REPLACE_EXISTING);
      if (Files.size(spooled) == 0) {
        Files.delete(spooled);
        throw DomainException.invalid("body", "the request body is empty; send JSON Lines or CSV");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot spool the upload", e);
    }
    return start(name, format, onError, () -> Files.newInputStream(spooled), () -> delete(spooled));
  }

  /** Imports a file shipped inside the application, such as the sample corpus. */
  public ImportJob bundled(String resource, ImportFormat format) {
    ImportInput input =
        () -> {
          InputStream in = ImportJobs.class.getResourceAsStream(resource);
          if (in == null) {
            throw new IOException("no bundled file " + resource);
          }
          return in;
        };
    return start(resource, format, OnError.SKIP, input, () -> {});
  }

  private ImportJob start(
      String source, ImportFormat format, OnError onError, ImportInput input, Runnable cleanup) {
    StoredImport stored = journal.open(source, format, onError, clock.instant(), node.id());
    var job = new ImportJob(stored.id(), source, format, onError, clock, stored.createdAt());
    running.put(job.id(), job);
    try {
      executor.execute(
          () -> {
            try {
              importer.run(job, input);
            } finally {
              running.remove(job.id());
              cleanup.run();
            }
          });
    } catch (RejectedExecutionException e) {
      running.remove(job.id());
      cleanup.run();
      job.failed("the server is shutting down");
      journal.save(job.progress());
    }
    return job;
  }

  /**
   * Marks the jobs this engine left unfinished when it stopped, and those of engines that stopped
   * for good, as interrupted, and deletes the uploads it spooled: no job will read them again.
   * Called at start, before this engine starts any job of its own, so every spooled upload in its
   * data directory is then a leftover. Another engine's running job is left alone.
   */
  public int interruptLeftovers() {
    int interrupted = journal.interruptUnfinished(clock.instant(), node.id(), ENGINE_SILENCE);
    Path dir = uploads();
    if (Files.isDirectory(dir)) {
      try (var left = Files.newDirectoryStream(dir, SPOOL_PREFIX + "*" + SPOOL_SUFFIX)) {
        left.forEach(ImportJobs::delete);
      } catch (IOException e) {
        LOG.log(Level.WARNING, "Cannot list the spooled uploads in " + dir, e);
      }
    }
    return interrupted;
  }

  private Path uploads() {
    return uploadDir.map(Path::of).orElse(Path.of(dataDir, "imports"));
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Cannot delete the spooled upload " + file, e);
    }
  }

  /** Whether an engine on this database is importing now, this one or another. */
  public boolean anyRunning() {
    return journal.anyUnfinished();
  }

  public Optional<ImportProgress> find(long id) {
    ImportJob job = running.get(id);
    return job != null ? Optional.of(job.progress()) : journal.find(id);
  }

  /** A page of jobs, newest first; the ones running here report live. */
  public ImportJournal.Page page(int offset, int limit) {
    ImportJournal.Page page = journal.page(offset, limit);
    return new ImportJournal.Page(
        page.jobs().stream()
            .map(p -> Optional.ofNullable(running.get(p.id())).map(ImportJob::progress).orElse(p))
            .toList(),
        page.total());
  }
}
