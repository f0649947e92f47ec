package org.consulta.platform;

import java.util.Map;
import java.util.Objects;

/**
 * A failure the caller can act on, raised by domain code that knows nothing of HTTP. {@link
 * ProblemMapper} turns its {@link Reason} into a status and its details into an RFC 9457 body.
 */
public class DomainException extends RuntimeException {
  /** Why the request could not be carried out; each maps to one HTTP status. */
  public enum Reason {
    INVALID,
    /** Not logged in, or a log-in that failed; no challenge, since a form asks again. */
    UNAUTHENTICATED,
    FORBIDDEN,
    NOT_FOUND,
    GONE,
    CONFLICT,
    PRECONDITION_FAILED,
    PRECONDITION_REQUIRED,
    /** A request body over the size the engine reads. */
    TOO_LARGE,
    /** Content of a kind the engine does not take (a file that is no PDF, DOCX or ODT). */
    UNSUPPORTED_MEDIA_TYPE,
    /** A request body that did not arrive in time. */
    TOO_SLOW,
    /** Not ready yet (an index still being built): retry shortly. */
    UNAVAILABLE,
    /** Too many failed attempts: retry after {@code details.retryAfter} seconds. */
    TOO_MANY_REQUESTS
  }

  private final Reason reason;
  private final ProblemCode code;
  private final String field;
  private final Map<String, Object> details;

  public DomainException(Reason reason, String field, String message) {
    this(reason, field, message, Map.of());
  }

  public DomainException(Reason reason, String field, String message, Map<String, Object> details) {
    this(reason, ProblemCode.of(reason), field, message, details);
  }

  public DomainException(
      Reason reason, ProblemCode code, String field, String message, Map<String, Object> details) {
    super(message);
    this.reason = Objects.requireNonNull(reason);
    this.code = Objects.requireNonNull(code);
    this.field = field;
    this.details = Map.copyOf(details);
  }

  public Reason reason() {
    return reason;
  }

  /** The kind of error, finer than the reason, that the web application translates. */
  public ProblemCode code() {
    return code;
  }

  /** The request field, parameter or header at fault, or null when no single one is. */
  public String field() {
    return field;
  }

  /** Extra members of the problem body, such as the current text in a conflict. */
  public Map<String, Object> details() {
    return details;
  }

  public static DomainException invalid(String field, String message) {
    return new DomainException(Reason.INVALID, field, message);
  }

  /** Refused input of a known kind, such as a required field left blank. */
  public static DomainException invalid(ProblemCode code, String field, String message) {
    return new DomainException(Reason.INVALID, code, field, message, Map.of());
  }
}
