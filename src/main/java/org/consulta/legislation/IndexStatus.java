package org.consulta.legislation;

/**
 * The index against the database: {@code indexed} is the watermark its last commit records (absent
 * when it must be rebuilt), {@code store} the database's; equal means current.
 */
public record IndexStatus(
    int documents,
    long sizeBytes,
    Watermark indexed,
    Watermark store,
    boolean current,
    boolean rebuilding) {}
