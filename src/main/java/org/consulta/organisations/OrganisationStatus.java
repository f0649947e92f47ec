package org.consulta.organisations;

/** Where an organisation stands in the registry. */
public enum OrganisationStatus {
  /** Named by a participant at registration; a drafter has not confirmed it yet. */
  PROPOSED,
  CONFIRMED,
  /** Absorbed by another organisation, which everything of this one now counts for. */
  MERGED
}
