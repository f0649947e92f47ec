package org.consulta.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Counts the comments, suggestions and replies this node wrote, once committed, as {@code
 * consulta_comments_total}: comments per minute is its rate times 60.
 */
@ApplicationScoped
public class CommentMetrics {
  private static final Metadata COMMENTS =
      Metadata.builder()
          .withName("consulta.comments")
          .withDescription("Comments, suggestions and replies written on this node")
          .build();

  @Inject private MetricRegistry registry;

  void register(@Observes @Initialized(ApplicationScoped.class) Object start) {
    registry.counter(COMMENTS);
  }

  void written(@Observes(during = TransactionPhase.AFTER_SUCCESS) CommentChanged changed) {
    if (changed.change() == CommentChanged.Change.CREATED) {
      registry.counter(COMMENTS).inc();
    }
  }
}
