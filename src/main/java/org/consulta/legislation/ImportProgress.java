package org.consulta.legislation;

import java.time.Instant;
import java.util.List;

/**
 * Where an import stands. {@code total} is known once the file has been checked; {@code processed}
 * counts the records handled since, skipped ones included; {@code rate} is processed records per
 * second. {@code errors} lists the first bad records, {@code errorCount} all of them.
 */
public record ImportProgress(
    long id,
    String source,
    String format,
    String onError,
    String state,
    Long total,
    long processed,
    long inserted,
    long updated,
    long unchanged,
    long errorCount,
    List<ImportError> errors,
    Double rate,
    Instant createdAt,
    Instant startedAt,
    Instant finishedAt,
    String failure) {}
