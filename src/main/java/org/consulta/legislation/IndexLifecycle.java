package org.consulta.legislation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.consulta.platform.ConfiguredPath;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Opens the one legislation index of the application on its directory and closes it at shutdown. An
 * index that cannot be read is emptied: it is only a copy, and the start rebuilds it.
 */
@ApplicationScoped
public class IndexLifecycle {
  static final String THESAURUS_KEY = "consulta.thesaurus.file";
  private static final Logger LOG = Logger.getLogger(IndexLifecycle.class.getName());

  @Inject
  @ConfigProperty(name = "consulta.data.dir", defaultValue = "./data")
  private String dataDir;

  /** Defaults to a folder of the data directory, so that moving the data moves it too. */
  @Inject
  @ConfigProperty(name = "consulta.index.dir")
  private Optional<String> indexDir;

  /** When not set, the thesaurus the application carries. */
  @Inject
  @ConfigProperty(name = THESAURUS_KEY)
  private Optional<String> thesaurusFile;

  /** How many words typed a result must hold, as {@code N<P%}; see {@link MinimumMatch}. */
  @Inject
  @ConfigProperty(name = "consulta.search.minimum-match")
  private Optional<String> minimumMatch;

  @Produces
  @Singleton
  LegislationIndex open() {
    Path path = indexDir.map(Path::of).orElse(Path.of(dataDir, "index"));
    Thesaurus thesaurus =
        thesaurusFile
            .map(file -> Thesaurus.load(ConfiguredPath.existing(THESAURUS_KEY, file)))
            .orElseGet(Thesaurus::shipped);
    MinimumMatch minimum = minimumMatch.map(MinimumMatch::parse).orElse(MinimumMatch.DEFAULT);
    try {
      Files.createDirectories(path);
      Directory directory = FSDirectory.open(path);
      try {
        return new LegislationIndex(directory, thesaurus, minimum);
      } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
        LOG.log(
            Level.SEVERE, "The legislation index at " + path + " is unreadable; emptying it", e);
        for (String file : directory.listAll()) {
          directory.deleteFile(file);
        }
        return new LegislationIndex(directory, thesaurus, minimum);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the legislation index at " + path, e);
    }
  }

  void close(@Disposes LegislationIndex index) {
    try {
      index.close();
    } catch (IOException e) {
      LOG.log(Level.WARNING, "The legislation index did not close cleanly", e);
    }
  }
}
