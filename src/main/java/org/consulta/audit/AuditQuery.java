package org.consulta.audit;

import java.time.Instant;
import java.util.Optional;

/**
 * What to read from the audit log: every filter optional; {@code actor} {@value #ANONYMOUS} means
 * requests without an account; {@code pathPrefix} matches the object and everything under it;
 * {@code from} is inclusive, {@code to} exclusive.
 */
public record AuditQuery(
    Optional<String> actor,
    Optional<String> pathPrefix,
    Optional<String> method,
    Optional<Integer> status,
    Optional<Outcome> outcome,
    Optional<Instant> from,
    Optional<Instant> to,
    int offset,
    int limit) {
  static final String ANONYMOUS = "anonymous";

  /** Whether the write went through: success is a status below 400. */
  public enum Outcome {
    SUCCESS,
    FAILURE
  }
}
