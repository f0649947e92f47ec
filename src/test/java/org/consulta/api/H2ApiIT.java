package org.consulta.api;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The API on the embedded H2 default. */
class H2ApiIT extends DeployedEngine {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.onH2();
  }
}
