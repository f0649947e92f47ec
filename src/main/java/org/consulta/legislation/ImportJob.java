package org.consulta.legislation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.consulta.platform.WireNames;

/**
 * One import as it runs in this engine: read by the progress API while the import thread updates
 * it, so every method is synchronized; {@link ImportJournal} keeps what it reports. A job is
 * checked (every record read, bad ones noted), then either refused or written.
 */
public final class ImportJob {
  static final int MAX_LISTED_ERRORS = 100;

  /**
   * The life of a job; the last four are final. Only a start marks a job interrupted: one that the
   * engine stopped before had left unfinished.
   */
  enum State {
    QUEUED,
    CHECKING,
    IMPORTING,
    DONE,
    REFUSED,
    FAILED,
    INTERRUPTED
  }

  private final long id;
  private final String source;
  private final ImportFormat format;
  private final OnError onError;
  private final Clock clock;
  private final Instant createdAt;
  private final List<ImportError> errors = new ArrayList<>();
  private State state = State.QUEUED;
  private long total;
  private long processed;
  private long inserted;
  private long updated;
  private long unchanged;
  private long errorCount;
  private Instant startedAt;
  private Instant writingSince;
  private Instant finishedAt;
  private String failure;

  ImportJob(
      long id,
      String source,
      ImportFormat format,
      OnError onError,
      Clock clock,
      Instant createdAt) {
    this.id = id;
    this.source = source;
    this.format = format;
    this.onError = onError;
    this.clock = clock;
    this.createdAt = createdAt;
  }

  long id() {
    return id;
  }

  ImportFormat format() {
    return format;
  }

  OnError onError() {
    return onError;
  }

  synchronized void checking() {
    state = State.CHECKING;
    startedAt = clock.instant();
  }

  synchronized void counted(SourceRecord record) {
    total++;
    if (!record.ok()) {
      errorCount++;
      if (errors.size() < MAX_LISTED_ERRORS) {
        errors.add(record.error());
      }
    }
  }

  synchronized long errorCount() {
    return errorCount;
  }

  synchronized void importing() {
    state = State.IMPORTING;
    writingSince = clock.instant();
  }

  synchronized void written(BatchResult batch, long skipped) {
    inserted += batch.inserted();
    updated += batch.updated();
    unchanged += batch.unchanged();
    processed += batch.inserted() + batch.updated() + batch.unchanged() + skipped;
  }

  synchronized void done() {
    finish(State.DONE, null);
  }

  /** The file was refused as a whole: bad records with {@code refuse}, or an unreadable header. */
  synchronized void refused(ImportError reason) {
    if (reason != null) {
      errorCount++;
      errors.add(0, reason);
    }
    finish(State.REFUSED, null);
  }

  synchronized void failed(String reason) {
    finish(State.FAILED, reason);
  }

  private void finish(State end, String reason) {
    state = end;
    failure = reason;
    finishedAt = clock.instant();
  }

  synchronized ImportProgress progress() {
    return new ImportProgress(
        id,
        source,
        WireNames.of(format),
        WireNames.of(onError),
        WireNames.of(state),
        state == State.QUEUED || state == State.CHECKING ? null : total,
        processed,
        inserted,
        updated,
        unchanged,
        errorCount,
        List.copyOf(errors),
        rate(),
        createdAt,
        startedAt,
        finishedAt,
        failure);
  }

  private Double rate() {
    if (writingSince == null) {
      return null;
    }
    Instant end = finishedAt == null ? clock.instant() : finishedAt;
    long millis = Math.max(1, Duration.between(writingSince, end).toMillis());
    return Math.round(processed * 10_000.0 / millis) / 10.0;
  }
}
