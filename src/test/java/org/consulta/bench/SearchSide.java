package org.consulta.bench;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One side of the comparison: how it is asked a research question, and what it answered: latency of
 * every request, overall and per question, wall time of its passes, the totals it reported and its
 * failures.
 */
final class SearchSide {
  private final String name;
  private final URI searchUri;
  private final boolean lucene;
  private final String fixedParameters;
  final Percentiles latency = new Percentiles();
  final Map<ResearchQuery, Percentiles> perQuery = new LinkedHashMap<>();
  final Map<ResearchQuery, Long> totals = new LinkedHashMap<>();
  final Map<ResearchQuery, Long> responseBytes = new LinkedHashMap<>();
  double wallSeconds;
  long failures;
  String firstFailure;

  /**
   * {@code searchUri} is the search endpoint; {@code lucene} picks the query syntax it takes;
   * {@code fixedParameters} ({@code "&expand=false"} or empty) go with every question.
   */
  SearchSide(String name, URI searchUri, boolean lucene, String fixedParameters) {
    this.name = name;
    this.searchUri = searchUri;
    this.lucene = lucene;
    this.fixedParameters = fixedParameters;
  }

  String name() {
    return name;
  }

  URI uri(ResearchQuery query, int limit) {
    String q = lucene ? query.lucene() : query.websearch();
    return URI.create(searchUri + "?" + query.parameters(q, limit) + fixedParameters);
  }

  synchronized void record(ResearchQuery query, long nanos) {
    latency.add(nanos);
    perQuery.computeIfAbsent(query, q -> new Percentiles()).add(nanos);
  }

  synchronized void fail(ResearchQuery query, int status, String body) {
    failures++;
    if (firstFailure == null) {
      firstFailure =
          status + " " + query.label() + ": " + body.substring(0, Math.min(300, body.length()));
    }
  }

  synchronized void answered(ResearchQuery query, long total, long bytes) {
    totals.put(query, total);
    responseBytes.put(query, bytes);
  }

  double throughput() {
    return latency.count() / wallSeconds;
  }
}
