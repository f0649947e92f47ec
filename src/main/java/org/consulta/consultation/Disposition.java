package org.consulta.consultation;

/** How the drafters answered a comment or suggestion. */
public enum Disposition {
  ACCEPTED,
  PARTIALLY_ACCEPTED,
  NOT_ACCEPTED,
  NOTED,
  OUT_OF_SCOPE
}
