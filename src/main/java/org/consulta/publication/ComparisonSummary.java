package org.consulta.publication;

/** How many articles each kind of change touched; an article can count under several. */
public record ComparisonSummary(
    int changed, int added, int deleted, int moved, int renumbered, int unchanged) {}
