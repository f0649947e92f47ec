package org.consulta.legislation;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.consulta.platform.FirstStartLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.Readiness;

/**
 * At start, compares the index's watermark with the database's and brings the index up in the
 * background (catch-up or rebuild), so the start is not held up by a large corpus. An empty
 * database gets the bundled sample, imported like any file, so that a new user can search at once
 * (unless another engine on the database is importing already, as one started at the same time).
 * Imports that a stopped engine left unfinished are marked interrupted first; what they committed
 * stays, and the index catches up on it like on anything else.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "FeedStartup"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LegislationStartup {
  static final String SAMPLE = "/legislation/sample.jsonl.gz";
  private static final Logger LOG = Logger.getLogger(LegislationStartup.class.getName());

  @Inject private ProvisionStore store;
  @Inject private LegislationIndex index;
  @Inject private IndexSync sync;
  @Inject private ImportJobs jobs;
  @Inject @Readiness private LegislationIndexHealth health;
  @Inject private IndexFollower follower;
  @Inject private FirstStartLock firstStart;
  @Resource private ManagedExecutorService executor;

  @Inject
  @ConfigProperty(name = "consulta.legislation.sample", defaultValue = "true")
  private boolean loadSample;

  @PostConstruct
  void start() {
    follower.start(executor);
    int interrupted = jobs.interruptLeftovers();
    if (interrupted > 0) {
      LOG.warning("Legislation: " + interrupted + " import(s) left unfinished are now interrupted");
    }
    Watermark stored = store.watermark();
    LOG.info(
        "Legislation: the store holds "
            + stored
            + ", the index reflects "
            + index.watermark().map(Watermark::toString).orElse("nothing usable"));
    firstStart.run(this::sampleOrSync);
  }

  /** A node started with another on an empty database finds the other's import running. */
  private void sampleOrSync() {
    if (store.watermark().provisions() == 0 && loadSample && !jobs.anyRunning()) {
      ImportJob job = jobs.bundled(SAMPLE, ImportFormat.JSONL);
      LOG.info("Legislation: importing the bundled sample as import " + job.id());
      health.synced();
    } else {
      executor.execute(this::syncIndex);
    }
  }

  private void syncIndex() {
    try {
      sync.sync();
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "The legislation index could not be brought up to date", e);
    } finally {
      // A failed sync leaves the index as it was: it still answers, and the failure is logged.
      health.synced();
    }
  }
}
