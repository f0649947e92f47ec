package org.consulta.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.consulta.nodes.FeedStartup;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Opens the work index kept in the data directory as the application starts and brings it level
 * with the database in the background, once the change feed has taken its starting point: what
 * commits meanwhile is read again.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "FeedStartup"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WorkIndexStartup {
  /** Beside the legislation index ({@code index/}), in this engine's own data directory. */
  static final String FOLDER = "work-index";

  @Inject private WorkIndexer indexer;
  @Resource private ManagedExecutorService executor;
  @EJB private FeedStartup feed;

  @Inject
  @ConfigProperty(name = "consulta.data.dir", defaultValue = "./data")
  private String dataDir;

  @PostConstruct
  void start() {
    indexer.startInBackground(executor, Path.of(dataDir, FOLDER), feed);
  }
}
