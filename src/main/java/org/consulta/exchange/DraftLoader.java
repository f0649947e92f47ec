package org.consulta.exchange;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.consulta.drafting.LawCreation;
import org.consulta.drafting.Laws;
import org.consulta.platform.ConfiguredPath;
import org.consulta.platform.DomainException;
import org.consulta.platform.FirstStartLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.Readiness;

/**
 * Loads the model-law drafts at start: those of {@code consulta.drafts.dir}, or when it is not set
 * the drafts the application carries. A law already in the store is left alone, so starting again
 * changes nothing; a malformed or misaligned law is reported and skipped whole, and the others
 * still load. A configured directory that does not exist stops the start.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DraftLoader {
  static final String AUTHOR = "drafts";
  static final String DIR_KEY = "consulta.drafts.dir";
  private static final Logger LOG = Logger.getLogger(DraftLoader.class.getName());

  @Inject private Laws laws;
  @Inject private LawCreation creation;
  @Inject @Readiness private DraftsHealth health;
  @Inject private FirstStartLock firstStart;

  @Inject
  @ConfigProperty(name = DIR_KEY)
  private Optional<String> draftsDir;

  @PostConstruct
  void loadDrafts() {
    firstStart.run(
        () ->
            draftsDir.ifPresentOrElse(
                dir -> loadFrom(ConfiguredPath.existing(DIR_KEY, dir)),
                () -> ShippedDrafts.read(this::loadFrom)));
    health.loaded();
  }

  private void loadFrom(Path dir) {
    var directory = new DraftDirectory();
    for (Path lawDir : directory.lawDirectories(dir)) {
      if (laws.find(lawDir.getFileName().toString()).isEmpty()) {
        load(directory, lawDir);
      }
    }
  }

  private void load(DraftDirectory directory, Path lawDir) {
    try {
      DraftLaw law = directory.readLaw(lawDir);
      if (law.languages().isEmpty()) {
        return;
      }
      var problems = new DraftAlignment().check(law.languages());
      if (!problems.isEmpty()) {
        LOG.warning("Draft " + law.slug() + " is not aligned: " + problems);
      }
      creation.create(DraftPlan.of(law), AUTHOR, "Loaded from drafts/" + law.slug());
      LOG.info("Loaded model law " + law.slug() + " in " + law.languages().size() + " languages");
    } catch (DraftFormatException | DomainException e) {
      LOG.severe("Draft not loaded: " + e.getMessage());
    } catch (UncheckedIOException e) {
      LOG.log(Level.SEVERE, "Draft not loaded: cannot read " + lawDir, e);
    }
  }
}
