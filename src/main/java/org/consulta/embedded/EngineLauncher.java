package org.consulta.embedded;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Logger;

/**
 * The engine jar's entry point: starts the embedded PostgreSQL server under the data directory
 * (unless an external database is configured), points the application at it, then hands every
 * argument to Payara Micro. The server stops when the JVM does.
 */
public final class EngineLauncher {
  private static final Logger LOG = Logger.getLogger(EngineLauncher.class.getName());
  private static final String PAYARA_MICRO = "fish.payara.micro.PayaraMicro";
  private static final String ROOT_DIR = "--rootDir";
  private static final String TRUST_STORE = "javax.net.ssl.trustStore";

  /** Set by the application once it deployed (org.consulta.platform.DeploymentSignal). */
  private static final String DEPLOYED = "consulta.deployed";

  private EngineLauncher() {}

  public static void main(String[] args) throws Exception {
    LaunchSettings settings = LaunchSettings.of(args, System.getProperties(), System.getenv());
    List<String> missing = settings.missingPaths();
    if (!missing.isEmpty()) {
      missing.forEach(problem -> System.err.println("Consulta cannot start: " + problem));
      System.exit(1);
    }
    if (settings.embeddedDatabase()) {
      try {
        startDatabase(settings);
      } catch (IllegalStateException e) {
        // A refusal (another engine, another PostgreSQL version) is a message, not a stack trace.
        refuse(e.getMessage());
      }
    }
    bootPayaraMicro(payaraArguments(args, settings));
    if (System.getProperty(DEPLOYED) == null) {
      // Payara Micro stays up without the application; an engine that serves only 404s must not.
      refuse("the application did not deploy; the first SEVERE entry above says why");
    }
    // Payara Micro returns once the application is deployed. Deploying leaves a few hundred MB of
    // garbage in a heap sized for the machine (a quarter of its memory by default): collecting it
    // now gives that memory back before the engine serves, instead of holding it until the heap
    // fills up.
    System.gc();
  }

  /**
   * The operator's arguments, plus a runtime directory under the data directory unless they chose
   * one; its trust store (unless one is configured) holds the JDK's unexpired certificates.
   */
  private static String[] payaraArguments(String[] args, LaunchSettings settings)
      throws IOException {
    Path runtime = RuntimeDirectory.fresh(settings.dataDirectory());
    if (System.getProperty(TRUST_STORE) == null) {
      Path store = TrustStore.unexpired(runtime.resolve("truststore.jks"));
      System.setProperty(TRUST_STORE, store.toString());
      System.setProperty(TRUST_STORE + "Password", TrustStore.PASSWORD);
      System.setProperty(TRUST_STORE + "Type", TrustStore.TYPE);
    }
    if (Arrays.stream(args).anyMatch(arg -> arg.equalsIgnoreCase(ROOT_DIR))) {
      return args;
    }
    String[] withRoot = Arrays.copyOf(args, args.length + 2);
    withRoot[args.length] = ROOT_DIR;
    withRoot[args.length + 1] = runtime.toString();
    return withRoot;
  }

  /**
   * Refuses a data directory it cannot use at once, then starts the server beside Payara Micro's
   * boot: unpacking the binaries, {@code initdb} and the server's own start take one to several
   * seconds, which the boot hides; the application waits for the server before its first query
   * (DatabaseMigration). A server that cannot start stops the engine.
   */
  private static void startDatabase(LaunchSettings settings) throws IOException {
    EmbeddedDatabase database =
        EmbeddedDatabase.prepare(Files.createDirectories(settings.dataDirectory()));
    database.connectionSettings().forEach(System::setProperty);
    CountDownLatch settled = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  awaitQuietly(settled);
                  database.stop();
                },
                "consulta-embedded-postgres-stop"));
    new Thread(() -> startOrRefuse(database, settled), "consulta-embedded-postgres-start").start();
  }

  private static void startOrRefuse(EmbeddedDatabase database, CountDownLatch settled) {
    try {
      database.start();
    } catch (IOException | RuntimeException e) {
      // Settled before exiting: the stopping hook waits for it.
      settled.countDown();
      refuse(e.getMessage());
    }
    settled.countDown();
    LOG.info(() -> "Embedded PostgreSQL " + database.description());
  }

  private static void refuse(String problem) {
    System.err.println("Consulta cannot start: " + problem);
    System.exit(1);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void bootPayaraMicro(String[] args) throws Exception {
    try {
      Class.forName(PAYARA_MICRO).getMethod("main", String[].class).invoke(null, (Object) args);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }
}
