package org.consulta.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Times searches inside the engine, index work only (no HTTP, no JSON), as {@code
 * consulta_search_seconds} by {@code scope} ({@code legislation}, {@code laws}, {@code comments}).
 */
@ApplicationScoped
public class SearchLatency {
  private static final Metadata METADATA =
      Metadata.builder()
          .withName("consulta.search")
          .withDescription("Time to run a search in its index, by scope")
          .withUnit(MetricUnits.NANOSECONDS)
          .build();

  @Inject private MetricRegistry registry;

  /** A search, which may fail reading its index. */
  @FunctionalInterface
  public interface Search<T> {
    T run() throws IOException;
  }

  public <T> T time(String scope, Search<T> search) throws IOException {
    try (var timing = registry.timer(METADATA, new Tag("scope", scope)).time()) {
      return search.run();
    }
  }
}
