package org.consulta.consultation;

/** How a contribution reached the round: written online by its author, or said at a meeting. */
public enum Channel {
  ONLINE,
  MEETING
}
