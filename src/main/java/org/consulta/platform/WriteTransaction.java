package org.consulta.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * Runs a write and the building of its answer in one transaction. Read after the commit, the answer
 * could describe what a later writer did instead, and a client that chains the ETag it was given
 * would then undo that writer's change without knowing it.
 */
@ApplicationScoped
public class WriteTransaction {
  /** What {@code write} returns, built inside the transaction that its writes join. */
  @Transactional
  public <T> T answer(Supplier<T> write) {
    return write.get();
  }
}
