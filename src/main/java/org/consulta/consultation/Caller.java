package org.consulta.consultation;

import java.util.Objects;
import org.consulta.accounts.Account;

/** Who is asking, and whether they draft (drafters see and answer every comment). */
public record Caller(Account account, boolean drafter) {
  public Caller {
    Objects.requireNonNull(account);
  }

  public boolean isAuthorOf(Comment comment) {
    return comment.author().id().equals(account.id());
  }

  /** Drafters see every comment; a participant sees the threads they started. */
  public boolean maySee(Comment comment) {
    return drafter || isAuthorOf(comment.root());
  }

  /**
   * Whether the caller may read what a comment says and the files it carries: a hidden comment's
   * only its author and drafters.
   */
  public boolean mayRead(Comment comment) {
    return maySee(comment) && (!comment.isHidden() || drafter || isAuthorOf(comment));
  }
}
