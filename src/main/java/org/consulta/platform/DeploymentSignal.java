package org.consulta.platform;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Tells the engine's launcher that the application deployed. Payara Micro reports itself ready even
 * when the deployment failed (a startup bean that threw, say), and would then serve nothing but
 * 404s; the web module starts only after every startup bean has, so reaching it means the
 * deployment went through. A system property is what the launcher, outside the application's class
 * loader, can read.
 */
@WebListener
public class DeploymentSignal implements ServletContextListener {
  /** The same name is read by {@code org.consulta.embedded.EngineLauncher}. */
  static final String DEPLOYED = "consulta.deployed";

  @Override
  public void contextInitialized(ServletContextEvent event) {
    System.setProperty(DEPLOYED, "true");
  }
}
