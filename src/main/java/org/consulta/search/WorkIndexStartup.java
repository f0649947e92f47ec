package org.consulta.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;

/**
 * Starts building the work index from the database as the application starts, in the background,
 * once the change feed has taken its starting point: what commits during the build is read again.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "FeedStartup"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WorkIndexStartup {
  @Inject private WorkIndexer indexer;
  @Resource private ManagedExecutorService executor;

  @PostConstruct
  void start() {
    indexer.buildInBackground(executor);
  }
}
