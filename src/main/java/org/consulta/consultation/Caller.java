package org.consulta.consultation;

import org.consulta.accounts.Account;

/**
 * Who is asking: nobody logged in (no account), a participant, or a drafter (drafters see and
 * answer every comment).
 */
public record Caller(Account account, boolean drafter) {
  public Caller {
    if (account == null && drafter) {
      throw new IllegalArgumentException("a drafter has an account");
    }
  }

  public static Caller anonymous() {
    return new Caller(null, false);
  }

  public boolean isAuthorOf(Comment comment) {
    return account != null && comment.author().id().equals(account.id());
  }

  /**
   * Whether the caller sees accounts (usernames, who answered or hid, why): drafters, and the
   * participant whose thread it is. Anyone else reading a published comment sees names only.
   */
  public boolean insider(Comment comment) {
    return drafter || isAuthorOf(comment.root());
  }

  /**
   * Drafters see every comment; others see what is published, a participant also the threads they
   * started. A reply is published only in a published thread.
   */
  public boolean maySee(Comment comment) {
    return drafter
        || isAuthorOf(comment.root())
        || (comment.isPublished() && comment.root().isPublished());
  }

  /**
   * Whether the caller may read what a comment says and the files it carries: a hidden comment's
   * only its author and drafters.
   */
  public boolean mayRead(Comment comment) {
    return maySee(comment) && (!comment.isHidden() || drafter || isAuthorOf(comment));
  }
}
