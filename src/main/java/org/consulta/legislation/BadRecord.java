package org.consulta.legislation;

import org.consulta.platform.DomainException;

/** A legislation record that cannot be stored: a field is missing, mistyped or inconsistent. */
public final class BadRecord extends DomainException {
  public BadRecord(String field, String message) {
    super(Reason.INVALID, field, message);
  }
}
