package org.consulta.implementation;

import org.consulta.platform.WireNames;

/**
 * How far a country's legislation does what an article asks. {@code NOT_ASSESSED} is also what a
 * cell shows before anyone assessed it, and what an assessor records to withdraw a judgement.
 */
public enum ImplementationStatus {
  ADOPTED,
  PARTIAL,
  NOT_ADOPTED,
  NOT_ASSESSED;

  public String wire() {
    return WireNames.of(this);
  }

  static ImplementationStatus parse(String field, String value) {
    return WireNames.parse(ImplementationStatus.class, field, value);
  }
}
