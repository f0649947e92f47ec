package org.consulta.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The transaction that a write request marked {@link SingleCommit} joins, begun before its resource
 * runs and ended once its answer is known: the write and the record of it then commit together,
 * with one wait for the disk instead of two. Services keep their own {@code @Transactional}
 * boundaries; inside a request they join this one.
 *
 * <p>Through the transaction manager rather than {@code UserTransaction}: Payara refused the latter
 * ("Operation not allowed", from its check of the thread's component invocation) on some request
 * threads, in tests and in concurrent replays.
 */
@ApplicationScoped
public class RequestTransaction {
  private static final Logger LOG = Logger.getLogger(RequestTransaction.class.getName());

  @Resource(lookup = "java:appserver/TransactionManager")
  private TransactionManager transaction;

  /**
   * Begins the request's transaction. One left on this thread by a request that never reached its
   * end is rolled back first, so that it cannot swallow this request's work.
   */
  public void begin() {
    try {
      if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
        LOG.severe("a transaction was left open on this thread; rolling it back");
        transaction.rollback();
      }
      transaction.begin();
    } catch (Exception e) {
      throw new IllegalStateException("could not begin the request's transaction", e);
    }
  }

  /** Whether the transaction can still commit: begun, and not marked for rollback by a failure. */
  public boolean committable() {
    return status() == Status.STATUS_ACTIVE;
  }

  /** Commits; a failure has rolled everything back, and is what the client should be told. */
  public void commit() throws Exception {
    transaction.commit();
  }

  /** Rolls back whatever is still open on this thread; nothing when the commit already ended it. */
  public void end() {
    try {
      if (status() != Status.STATUS_NO_TRANSACTION) {
        transaction.rollback();
      }
    } catch (IllegalStateException | SecurityException | SystemException e) {
      LOG.log(Level.SEVERE, "could not roll back the request's transaction", e);
    }
  }

  private int status() {
    try {
      return transaction.getStatus();
    } catch (SystemException e) {
      throw new IllegalStateException(e);
    }
  }
}
