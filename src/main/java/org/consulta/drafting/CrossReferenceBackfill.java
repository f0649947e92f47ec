package org.consulta.drafting;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * At start, links the cross-references of current texts written before the engine kept links (V20),
 * one law per transaction; texts already linked are left as they are.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CrossReferenceBackfill {
  private static final Logger LOG = Logger.getLogger(CrossReferenceBackfill.class.getName());

  @Inject private CrossReferences crossReferences;

  @PostConstruct
  void backfill() {
    for (String slug : crossReferences.slugs()) {
      int read = crossReferences.backfill(slug);
      if (read > 0) {
        LOG.info("Linked the cross-references of " + read + " current texts of " + slug);
      }
    }
  }
}
