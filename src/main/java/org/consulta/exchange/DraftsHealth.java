package org.consulta.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready until the drafts are loaded: an engine that answers before would serve {@code []} for
 * {@code /api/laws}. The loader reports here rather than being asked, since a call into the loader
 * would wait on it while it loads.
 */
@Readiness
@ApplicationScoped
public class DraftsHealth implements HealthCheck {
  private volatile boolean loaded;

  void loaded() {
    loaded = true;
  }

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("drafts").status(loaded).build();
  }
}
