package org.consulta.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.consulta.drafting.Laws;
import org.consulta.platform.DomainException;

/** What drafters do to comments: hide them with a reason, un-hide them, and answer them. */
@ApplicationScoped
@Transactional
public class CommentModeration {
  @Inject private CommentWriter comments;
  @Inject private Laws laws;
  @Inject private Clock clock;
  @Inject private Event<CommentChanged> changed;
  @PersistenceContext private EntityManager em;

  /** Hides a comment from everyone but drafters and its author; it is never deleted. */
  public Comment hide(long id, String reason, Caller caller) {
    Comment comment = comments.forChange(id, caller);
    if (comment.isHidden()) {
      throw new DomainException(
          DomainException.Reason.CONFLICT,
          "comment",
          "comment " + id + " was already hidden by " + comment.hiddenBy());
    }
    Instant now = clock.instant();
    comment.hide(reason, caller.account().username(), now);
    em.persist(new CommentEvent(comment, CommentEvent.Kind.HIDDEN, caller.account(), now, reason));
    changed.fire(new CommentChanged(id, CommentChanged.Change.HIDDEN));
    return comment;
  }

  /** Makes a hidden comment readable again; the history keeps both steps and their reasons. */
  public Comment unhide(long id, String reason, Caller caller) {
    Comment comment = comments.forChange(id, caller);
    if (!comment.isHidden()) {
      throw new DomainException(
          DomainException.Reason.CONFLICT, "comment", "comment " + id + " is not hidden");
    }
    comment.unhide();
    em.persist(
        new CommentEvent(
            comment, CommentEvent.Kind.UNHIDDEN, caller.account(), clock.instant(), reason));
    changed.fire(new CommentChanged(id, CommentChanged.Change.UNHIDDEN));
    return comment;
  }

  /** Gives (or revises) the drafters' disposition of a comment or suggestion. */
  public Comment answer(long id, Comment.Answer answer, Caller caller) {
    Comment comment = comments.forChange(id, caller);
    if (comment.isReply()) {
      throw DomainException.invalid(
          "comment", "replies get no disposition; answer the comment that starts the thread");
    }
    if (answer.implementedIn() != null) {
      laws.revision(comment.article(), comment.lang(), answer.implementedIn(), "revision");
    }
    comment.answer(answer, caller.account().username(), clock.instant());
    changed.fire(new CommentChanged(id, CommentChanged.Change.ANSWERED));
    return comment;
  }
}
