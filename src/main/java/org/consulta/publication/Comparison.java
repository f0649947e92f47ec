package org.consulta.publication;

import java.time.Instant;
import java.util.List;
import org.consulta.drafting.Language;

/**
 * The comparative table ("cuadro comparativo") of two states of a law in one language: the document
 * a drafting team sends with a new draft, rendered by every format from this one model.
 */
public record Comparison(
    String slug,
    String workUri,
    Language language,
    String title,
    EditionVersion from,
    EditionVersion to,
    ComparisonSummary summary,
    Unchanged unchanged,
    List<ComparisonRow> rows,
    Instant generatedAt) {
  public Comparison {
    rows = List.copyOf(rows);
  }
}
