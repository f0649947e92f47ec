package org.consulta.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.consulta.platform.DomainException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bounds how many documents render at once: a PDF of a long code takes seconds of a core, and
 * anyone may ask for one, so a crowd of requests queues briefly and is then told to come back.
 */
@ApplicationScoped
public class RenderGate {
  private static final long WAIT_SECONDS = 30;

  private final Semaphore renders;

  RenderGate() {
    this(0);
  }

  @Inject
  RenderGate(
      @ConfigProperty(name = "consulta.editions.max-renders", defaultValue = "0") int configured) {
    int permits = configured > 0 ? configured : Runtime.getRuntime().availableProcessors();
    renders = new Semaphore(permits, true);
  }

  public <T> T render(Supplier<T> work) {
    acquire();
    try {
      return work.get();
    } finally {
      renders.release();
    }
  }

  /**
   * A document written to the response as it is made, under the same bound: it takes its turn when
   * the response is written, before its first byte, so that a busy gate still answers 503.
   */
  public StreamingOutput streamed(StreamingOutput work) {
    return body -> {
      acquire();
      try {
        work.write(body);
      } finally {
        renders.release();
      }
    };
  }

  private void acquire() {
    try {
      if (!renders.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
        throw new DomainException(
            DomainException.Reason.UNAVAILABLE, null, "every renderer is busy: retry shortly");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DomainException(DomainException.Reason.UNAVAILABLE, null, "interrupted");
    }
  }
}
