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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.consulta.platform.DomainException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts imports in the background and keeps the recent ones for their progress. Jobs live in
 * memory: after a restart the records they wrote remain, their progress reports do not.
 */
@ApplicationScoped
public class ImportJobs {
  private static final int KEPT = 100;
  private static final Logger LOG = Logger.getLogger(ImportJobs.class.getName());

  @Resource private ManagedExecutorService executor;
  @Inject private LegislationImport importer;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "consulta.data.dir", defaultValue = "./data")
  private String dataDir;

  /** Defaults to a folder of the data directory, so that moving the data moves it too. */
  @Inject
  @ConfigProperty(name = "consulta.import.dir")
  private Optional<String> uploadDir;

  private final AtomicLong ids = new AtomicLong();
  private final Map<Long, ImportJob> jobs = new ConcurrentSkipListMap<>();

  /** Spools an uploaded file to disk, then imports it; the spooled copy goes when the job ends. */
  public ImportJob upload(InputStream body, String name, ImportFormat format, OnError onError) {
    Path spooled;
    try {
      Path dir =
          Files.createDirectories(uploadDir.map(Path::of).orElse(Path.of(dataDir, "imports")));
      spooled = Files.createTempFile(dir, "import-", ".upload");
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
    var job = new ImportJob(ids.incrementAndGet(), source, format, onError, clock);
    jobs.put(job.id(), job);
    forgetOldest();
    try {
      executor.execute(
          () -> {
            try {
              importer.run(job, input);
            } finally {
              cleanup.run();
            }
          });
    } catch (RejectedExecutionException e) {
      cleanup.run();
      job.failed("the server is shutting down");
    }
    return job;
  }

  private void forgetOldest() {
    jobs.values().stream()
        .filter(ImportJob::finished)
        .limit(Math.max(0, jobs.size() - KEPT))
        .toList()
        .forEach(job -> jobs.remove(job.id()));
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Cannot delete the spooled upload " + file, e);
    }
  }

  public Optional<ImportJob> find(long id) {
    return Optional.ofNullable(jobs.get(id));
  }

  public List<ImportJob> all() {
    return List.copyOf(jobs.values());
  }
}
