package org.consulta.api;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The API on a real PostgreSQL, embedded so that no install is needed. */
class PostgresApiIT extends DeployedEngine {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.onPostgres();
  }
}
