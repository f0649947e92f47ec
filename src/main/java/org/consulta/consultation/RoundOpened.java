package org.consulta.consultation;

/**
 * Fired, inside the writing transaction, when a drafter opens (or schedules) a new round, for what
 * must be written with it: the mails that tell earlier participants of the law.
 */
public record RoundOpened(Consultation round) {}
