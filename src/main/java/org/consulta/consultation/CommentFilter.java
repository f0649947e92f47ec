package org.consulta.consultation;

import java.util.Set;
import org.consulta.organisations.Sector;
import org.consulta.revisions.AnchorState;

/**
 * Which comments of a round to list; null fields do not filter, {@code states} keeps any of them.
 * {@code unanswered} keeps those without a disposition; {@code suggestions} keeps only suggestions;
 * {@code channel} and {@code meeting} keep what came online or from a meeting (or that meeting).
 */
public record CommentFilter(
    String article,
    Set<AnchorState> states,
    Sector sector,
    String country,
    Disposition disposition,
    boolean unanswered,
    boolean suggestions,
    Channel channel,
    Long meeting) {}
