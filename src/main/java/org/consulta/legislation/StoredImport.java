package org.consulta.legislation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.consulta.platform.WireNames;

/**
 * An import job as the database keeps it: the last progress its engine saved. Saved at each
 * committed batch, so after a stop it tells how far the job got; the records themselves are
 * upserted by id, so importing the file again completes it.
 */
@Entity
@Table(name = "import_job")
public class StoredImport {
  static final int MAX_STORED_ERRORS = 100;
  static final String INTERRUPTED =
      "the engine stopped during the import; committed batches remain";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String source;

  @Column(name = "file_format")
  private String format;

  @Column(name = "on_error")
  private String onError;

  private String state;
  private Long total;
  private long processed;
  private long inserted;
  private long updated;
  private long unchanged;

  @Column(name = "error_count")
  private long errorCount;

  private Double rate;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  private String failure;

  /** The engine that runs it; another engine's start leaves it alone while that one is alive. */
  @Column(name = "node_id")
  private String nodeId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "import_job_error", joinColumns = @JoinColumn(name = "job_id"))
  @OrderColumn(name = "list_index")
  private List<StoredImportError> errors = new ArrayList<>();

  protected StoredImport() {}

  /** A job just accepted, waiting for its turn. */
  StoredImport(
      String source, ImportFormat format, OnError onError, Instant createdAt, String nodeId) {
    this.source = Objects.requireNonNull(source);
    this.nodeId = Objects.requireNonNull(nodeId);
    this.format = WireNames.of(format);
    this.onError = WireNames.of(onError);
    this.state = WireNames.of(ImportJob.State.QUEUED);
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  String nodeId() {
    return nodeId;
  }

  /** Takes the job's progress; the error list is rewritten only when it changed. */
  void take(ImportProgress progress) {
    state = progress.state();
    total = progress.total();
    processed = progress.processed();
    inserted = progress.inserted();
    updated = progress.updated();
    unchanged = progress.unchanged();
    errorCount = progress.errorCount();
    rate = progress.rate();
    startedAt = progress.startedAt();
    finishedAt = progress.finishedAt();
    failure = progress.failure();
    List<StoredImportError> listed =
        progress.errors().stream().limit(MAX_STORED_ERRORS).map(StoredImportError::new).toList();
    if (!listed.equals(errors)) {
      errors.clear();
      errors.addAll(listed);
    }
  }

  /** Ends a job that its engine left unfinished; what it saved last stays as it was. */
  void interrupt(Instant at) {
    state = WireNames.of(ImportJob.State.INTERRUPTED);
    finishedAt = Objects.requireNonNull(at);
    failure = INTERRUPTED;
  }

  public Long id() {
    return id;
  }

  public Instant createdAt() {
    return createdAt;
  }

  ImportProgress progress() {
    return new ImportProgress(
        id,
        source,
        format,
        onError,
        state,
        total,
        processed,
        inserted,
        updated,
        unchanged,
        errorCount,
        errors.stream().map(StoredImportError::toError).toList(),
        rate,
        createdAt,
        startedAt,
        finishedAt,
        failure);
  }
}
