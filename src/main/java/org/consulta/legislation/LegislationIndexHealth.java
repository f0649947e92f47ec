package org.consulta.legislation;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready until the start has brought the legislation index up to the database (caught up or
 * rebuilt), so that a search does not answer from an empty or half-rebuilt index. An import that
 * runs afterwards, the bundled sample included, is searchable batch by batch as it commits.
 */
@Readiness
@ApplicationScoped
public class LegislationIndexHealth implements HealthCheck {
  private volatile boolean synced;

  void synced() {
    synced = true;
  }

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("legislation-index").status(synced).build();
  }
}
