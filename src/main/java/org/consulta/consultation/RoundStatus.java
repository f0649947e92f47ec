package org.consulta.consultation;

/** Where a consultation round stands; it follows from its start and end instants. */
public enum RoundStatus {
  SCHEDULED,
  OPEN,
  CLOSED
}
