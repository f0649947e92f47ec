package org.consulta.legislation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.consulta.platform.LogLine;

/**
 * Runs an import in two passes. The first reads every record, counting them and noting bad ones, so
 * that {@code refuse} writes nothing at all. The second writes the good records in batches, one
 * transaction each, and brings the index up after each commit: a stop halfway leaves committed
 * batches in both, and importing the file again completes it, since records are upserted by id. The
 * job's progress is saved at each step and after each committed batch.
 */
@ApplicationScoped
public class LegislationImport {
  static final int BATCH = 500;
  private static final Logger LOG = Logger.getLogger(LegislationImport.class.getName());

  @Inject private ProvisionStore store;
  @Inject private IndexSync sync;
  @Inject private ImportJournal journal;
  @Inject private LegislationMetrics metrics;

  /** Imports run one after another: batches are ordered by stamp, and the index is one writer. */
  private final ReentrantLock oneAtATime = new ReentrantLock();

  void run(ImportJob job, ImportInput input) {
    oneAtATime.lock();
    try {
      job.checking();
      save(job);
      if (check(job, input)) {
        job.importing();
        save(job);
        write(job, input);
        job.done();
      }
    } catch (BadRecord unreadable) {
      job.refused(new ImportError(1, unreadable.field(), unreadable.getMessage()));
    } catch (IOException e) {
      job.failed("cannot read the file: " + e.getMessage());
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Import " + job.id() + " stopped", e);
      job.failed("the import stopped: " + e.getMessage());
    } finally {
      oneAtATime.unlock();
      save(job);
      log(job.progress());
    }
  }

  /** The one line an import leaves in the log, whatever its end. */
  private static void log(ImportProgress progress) {
    Long millis =
        progress.startedAt() == null || progress.finishedAt() == null
            ? null
            : Duration.between(progress.startedAt(), progress.finishedAt()).toMillis();
    LOG.log(
        "failed".equals(progress.state()) ? Level.WARNING : Level.INFO,
        LogLine.of("import")
            .with("id", progress.id())
            .with("state", progress.state())
            .with("source", progress.source())
            .with("format", progress.format())
            .with("total", progress.total())
            .with("inserted", progress.inserted())
            .with("updated", progress.updated())
            .with("unchanged", progress.unchanged())
            .with("errors", progress.errorCount())
            .with("ms", millis)
            .with("rate", progress.rate())
            .with("failure", progress.failure())
            .toString());
  }

  /** Saves the job's progress; a report that cannot be saved does not stop the import. */
  private void save(ImportJob job) {
    try {
      journal.save(job.progress());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Cannot save the progress of import " + job.id(), e);
    }
  }

  private static boolean check(ImportJob job, ImportInput input) throws IOException {
    try (RecordSource source = job.format().open(input.open())) {
      for (Optional<SourceRecord> next = source.next(); next.isPresent(); next = source.next()) {
        job.counted(next.get());
      }
    }
    if (job.errorCount() > 0 && job.onError() == OnError.REFUSE) {
      job.refused(null);
      return false;
    }
    return true;
  }

  private void write(ImportJob job, ImportInput input) throws IOException {
    try (RecordSource source = job.format().open(input.open())) {
      List<ProvisionRecord> batch = new ArrayList<>(BATCH);
      long skipped = 0;
      for (Optional<SourceRecord> next = source.next(); next.isPresent(); next = source.next()) {
        SourceRecord record = next.get();
        if (record.ok()) {
          batch.add(record.record());
        } else {
          skipped++;
        }
        if (batch.size() == BATCH) {
          flush(job, batch, skipped);
          batch = new ArrayList<>(BATCH);
          skipped = 0;
        }
      }
      flush(job, batch, skipped);
    }
  }

  private void flush(ImportJob job, List<ProvisionRecord> batch, long skipped) {
    if (batch.isEmpty()) {
      job.written(new BatchResult(0, 0, 0), skipped);
      return;
    }
    BatchResult result = store.write(batch);
    metrics.imported(result);
    job.written(result, skipped);
    save(job);
    sync.sync();
  }
}
