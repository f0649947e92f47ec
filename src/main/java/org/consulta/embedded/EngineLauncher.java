package org.consulta.embedded;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * The engine jar's entry point: starts the embedded PostgreSQL server under the data directory
 * (unless an external database is configured), points the application at it, then hands every
 * argument to Payara Micro. The server stops when the JVM does.
 */
public final class EngineLauncher {
  private static final Logger LOG = Logger.getLogger(EngineLauncher.class.getName());
  private static final String PAYARA_MICRO = "fish.payara.micro.PayaraMicro";

  private EngineLauncher() {}

  public static void main(String[] args) throws Exception {
    LaunchSettings settings = LaunchSettings.of(args, System.getProperties(), System.getenv());
    if (settings.embeddedDatabase()) {
      try {
        startDatabase(settings);
      } catch (IllegalStateException e) {
        // A refusal (another engine, another PostgreSQL version) is a message, not a stack trace.
        System.err.println("Consulta cannot start: " + e.getMessage());
        System.exit(1);
      }
    }
    bootPayaraMicro(args);
  }

  private static void startDatabase(LaunchSettings settings) throws IOException {
    Path data = settings.dataDirectory();
    Files.createDirectories(data);
    EmbeddedDatabase database = EmbeddedDatabase.start(data);
    Runtime.getRuntime()
        .addShutdownHook(new Thread(database::stop, "consulta-embedded-postgres-stop"));
    database.connectionSettings().forEach(System::setProperty);
    LOG.info(() -> "Embedded PostgreSQL " + database.description());
  }

  private static void bootPayaraMicro(String[] args) throws Exception {
    try {
      Class.forName(PAYARA_MICRO).getMethod("main", String[].class).invoke(null, (Object) args);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }
}
