package org.consulta.legislation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * What an operator watches of legislation: {@code consulta_index_lag{index="legislation"}}, the
 * import batches this node's index has yet to copy from the database (the database's watermark
 * stamp minus the one the index last committed; 0 when current), and {@code
 * consulta_imported_provisions_total}, the provisions imports wrote, whose rate is the import rate.
 */
@ApplicationScoped
public class LegislationMetrics {
  private static final Metadata LAG =
      Metadata.builder()
          .withName("consulta.index.lag")
          .withDescription(
              "Write batches in the database that this node's index does not reflect yet")
          .build();
  private static final Metadata IMPORTED =
      Metadata.builder()
          .withName("consulta.imported.provisions")
          .withDescription("Provisions written by legislation imports on this node")
          .build();

  @Inject private MetricRegistry registry;
  @Inject private ProvisionStore store;
  @Inject private LegislationIndex index;

  void register(@Observes @Initialized(ApplicationScoped.class) Object start) {
    registry.gauge(LAG, this, LegislationMetrics::lag, new Tag("index", "legislation"));
    registry.counter(IMPORTED);
  }

  /** Counted from the import's own thread, which may run before the application is initialised. */
  void imported(BatchResult batch) {
    registry.counter(IMPORTED).inc(batch.inserted() + batch.updated() + batch.unchanged());
  }

  private long lag() {
    long stored = store.watermark().stamp();
    long indexed = index.watermark().map(Watermark::stamp).orElse(0L);
    return Math.max(0, stored - indexed);
  }
}
