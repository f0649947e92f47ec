package org.consulta.platform;

import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises a write that lost a race in the database (a unique key taken meanwhile, a lock wait
 * that timed out, a deadlock victim, a commit that failed). The transaction was rolled back whole,
 * so the caller can simply retry: that is a 409 or a 503, not an internal error.
 */
final class ConcurrentWriteFailure {
  private ConcurrentWriteFailure() {}

  static Optional<Response> response(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof RollbackException) {
        return Optional.of(retry("the change could not be committed; nothing was saved, retry"));
      }
      if (cause instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith("23")) {
          return Optional.of(
              ProblemMapper.problem(
                  409,
                  "a concurrent change took the same name or place; nothing was saved",
                  null,
                  Map.of()));
        }
        if (state.equals("40001") || state.equals("40P01") || state.equals("55P03")) {
          return Optional.of(
              retry("the article is busy with other edits; nothing was saved, retry"));
        }
      }
    }
    return Optional.empty();
  }

  private static Response retry(String detail) {
    return Response.fromResponse(ProblemMapper.problem(503, detail, null, Map.of()))
        .header("Retry-After", "1")
        .build();
  }
}
