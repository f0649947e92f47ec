package org.consulta.nodes;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.consulta.platform.DatabaseMigration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts reading the change feed as the application starts, before the indexes' first builds (they
 * depend on this bean), and hands each reading to the indexes as a {@link FeedChanges} event.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FeedStartup {
  @Resource(lookup = DatabaseMigration.DATA_SOURCE)
  private DataSource dataSource;

  @Resource private ManagedThreadFactory threads;
  @Inject private EngineNode node;
  @Inject private Event<FeedChanges> changes;

  @Inject
  @ConfigProperty(name = "consulta.feed.poll-ms", defaultValue = "250")
  private long pollMillis;

  @Inject
  @ConfigProperty(name = "consulta.feed.kept-minutes", defaultValue = "60")
  private long keptMinutes;

  private FeedReader reader;
  private Thread thread;

  @PostConstruct
  void start() {
    reader =
        new FeedReader(
            dataSource,
            node,
            changes::fire,
            new FeedReader.Settings(
                Duration.ofMillis(pollMillis),
                Duration.ofSeconds(5),
                Duration.ofMinutes(1),
                Duration.ofMinutes(10),
                Duration.ofMinutes(keptMinutes)));
    try {
      reader.begin();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot start reading the change feed", e);
    }
    thread = threads.newThread(reader);
    thread.setName("consulta-change-feed");
    thread.start();
  }

  /** The horizon this engine started reading from: the feed hands on every change from there. */
  public long startHorizon() {
    return reader.started();
  }

  /**
   * What the feed holds from {@code horizon} on, for an index kept on disk that reflects every
   * change below it (it missed those between there and {@link #startHorizon}).
   */
  public FeedBacklog since(long horizon) {
    try (Connection c = dataSource.getConnection()) {
      return FeedStore.backlog(c, horizon);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the change feed", e);
    }
  }

  @PreDestroy
  void stop() {
    reader.stop();
    thread.interrupt();
  }
}
