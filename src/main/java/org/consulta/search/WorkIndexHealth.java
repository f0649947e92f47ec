package org.consulta.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready until the index of laws and comments is built: before, its searches answer 503. */
@Readiness
@ApplicationScoped
public class WorkIndexHealth implements HealthCheck {
  @Inject private WorkIndexer indexer;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("work-index").status(indexer.built()).build();
  }
}
