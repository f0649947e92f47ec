package org.consulta.platform;

import java.util.Locale;

/**
 * What kind of error a problem body reports, as the stable {@code code} member the web application
 * translates; {@code detail} stays the English explanation for API users. A closed set: a new kind
 * needs a row in the README and a message in the web application.
 */
public enum ProblemCode {
  /** A field or parameter that must be given is missing or blank. */
  REQUIRED,
  /** A text or list longer than the engine takes. */
  TOO_LONG,
  /** A text shorter than required, such as a password. */
  TOO_SHORT,
  /** A value of the wrong type or shape: not a string, not a date, not one of the choices. */
  INVALID_FORMAT,
  /** A number or date outside the accepted bounds, or an end before its start. */
  OUT_OF_RANGE,
  /** A field the request does not take. */
  UNKNOWN_FIELD,
  /** Any other input refused; {@code detail} says why. */
  INVALID,
  /** A write to a round that is not open. */
  ROUND_CLOSED,
  UNAUTHENTICATED,
  FORBIDDEN,
  NOT_FOUND,
  GONE,
  /** A name or identifier already in use, such as a username or a law's slug. */
  TAKEN,
  /** The request contradicts the current state, such as a round already open. */
  CONFLICT,
  /** The resource changed since the caller read it ({@code If-Match} failed). */
  STALE,
  /** A write that must say which version it changes ({@code If-Match}) did not. */
  PRECONDITION_REQUIRED,
  TOO_LARGE,
  TOO_SLOW,
  UNAVAILABLE,
  TOO_MANY_REQUESTS,
  METHOD_NOT_ALLOWED,
  /** A media type the operation does not read or write. */
  UNSUPPORTED_MEDIA_TYPE,
  INTERNAL;

  /** The member's value: lower case with hyphens, such as {@code too-long}. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The code of a problem that carries nothing more specific than its reason. */
  static ProblemCode of(DomainException.Reason reason) {
    return switch (reason) {
      case INVALID -> INVALID;
      case UNAUTHENTICATED -> UNAUTHENTICATED;
      case FORBIDDEN -> FORBIDDEN;
      case NOT_FOUND -> NOT_FOUND;
      case GONE -> GONE;
      case CONFLICT -> CONFLICT;
      case PRECONDITION_FAILED -> STALE;
      case PRECONDITION_REQUIRED -> PRECONDITION_REQUIRED;
      case TOO_LARGE -> TOO_LARGE;
      case UNSUPPORTED_MEDIA_TYPE -> UNSUPPORTED_MEDIA_TYPE;
      case TOO_SLOW -> TOO_SLOW;
      case UNAVAILABLE -> UNAVAILABLE;
      case TOO_MANY_REQUESTS -> TOO_MANY_REQUESTS;
    };
  }

  /** The code of a problem known only by its HTTP status, raised outside domain code. */
  static ProblemCode of(int status) {
    return switch (status) {
      case 400 -> INVALID;
      case 401 -> UNAUTHENTICATED;
      case 403 -> FORBIDDEN;
      case 404 -> NOT_FOUND;
      case 405 -> METHOD_NOT_ALLOWED;
      case 406, 415 -> UNSUPPORTED_MEDIA_TYPE;
      case 408 -> TOO_SLOW;
      case 409 -> CONFLICT;
      case 410 -> GONE;
      case 412 -> STALE;
      case 413 -> TOO_LARGE;
      case 428 -> PRECONDITION_REQUIRED;
      case 429 -> TOO_MANY_REQUESTS;
      case 503 -> UNAVAILABLE;
      default -> status >= 500 ? INTERNAL : INVALID;
    };
  }
}
