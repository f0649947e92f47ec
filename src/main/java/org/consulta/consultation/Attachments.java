package org.consulta.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.consulta.attachments.FileKind;
import org.consulta.attachments.FileStore;
import org.consulta.attachments.Spooled;
import org.consulta.platform.DomainException;

/**
 * The files comments carry: added by a comment's author while its round is open, or by drafters at
 * any time (a rapporteur files a paper handed over at a meeting); read by whoever may read the
 * comment's text.
 */
@ApplicationScoped
@Transactional
public class Attachments {
  /** Files one comment may carry: a position paper and its annexes. */
  public static final int MAX_PER_COMMENT = 5;

  /** Comments whose files are asked by id; more are asked by round. */
  private static final int BY_ID = 1000;

  @PersistenceContext private EntityManager em;
  @Inject private CommentWriter comments;
  @Inject private FileStore store;
  @Inject private Clock clock;

  /** A checked upload: what the file is, and the name it was given. */
  public record Upload(Spooled file, FileKind kind, String name) {}

  /**
   * Stores the file and records it on the comment. The file is in place, durably, before the row is
   * written, so the row never names a missing file; call it under {@link FileStore#exclusively} for
   * the file's hash, so that no deletion of the same content runs between the two.
   */
  public Attachment add(long commentId, Upload upload, Caller caller) {
    // The comment's row lock makes concurrent uploads to it count their files one after another.
    em.find(Comment.class, commentId, LockModeType.PESSIMISTIC_WRITE);
    Comment comment = requireAttachable(commentId, caller);
    store.keep(upload.file());
    var attachment =
        new Attachment(
            comment,
            upload.name(),
            upload.kind(),
            upload.file().size(),
            upload.file().sha256(),
            caller.account().username(),
            clock.instant());
    em.persist(attachment);
    em.flush();
    return attachment;
  }

  /**
   * The comment, if the caller may attach a file to it now and it carries fewer than {@link
   * #MAX_PER_COMMENT}.
   */
  public Comment requireAttachable(long commentId, Caller caller) {
    Comment comment = comments.find(commentId, caller);
    requireChangeable(comment, caller, "attach files to");
    long carried =
        em.createQuery("select count(a) from Attachment a where a.commentId = :c", Long.class)
            .setParameter("c", comment.id())
            .getSingleResult();
    if (carried >= MAX_PER_COMMENT) {
      throw new DomainException(
          DomainException.Reason.CONFLICT,
          "file",
          "a comment carries at most " + MAX_PER_COMMENT + " files; delete one first");
    }
    return comment;
  }

  /**
   * The attachment if the caller may read its comment's text ({@link Caller#mayRead}, the rule
   * comments follow); otherwise, whether or not it exists, there is none for them.
   */
  public Attachment find(long id, Caller caller) {
    Attachment attachment = em.find(Attachment.class, id);
    if (attachment == null || !caller.mayRead(em.find(Comment.class, attachment.commentId()))) {
      throw new DomainException(
          DomainException.Reason.NOT_FOUND, "attachment", "no attachment " + id);
    }
    return attachment;
  }

  /** The files the comment carries, oldest first, if the caller may read its text. */
  public List<Attachment> of(long commentId, Caller caller) {
    Comment comment = comments.find(commentId, caller);
    return caller.mayRead(comment)
        ? of(List.of(comment)).getOrDefault(comment.id(), List.of())
        : List.of();
  }

  /**
   * The files each comment carries, oldest first; comments with none are absent. A page of comments
   * is asked by id; a longer list (a report's 100,000 would pass PostgreSQL's limit of bound
   * parameters) by its rounds, in one query, keeping the files of the comments listed.
   */
  public Map<Long, List<Attachment>> of(Collection<Comment> carriers) {
    Set<Long> ids = carriers.stream().map(Comment::id).collect(Collectors.toSet());
    if (ids.isEmpty()) {
      return Map.of();
    }
    List<Attachment> found =
        ids.size() <= BY_ID
            ? em.createQuery(
                    "select a from Attachment a where a.commentId in :ids order by a.id",
                    Attachment.class)
                .setParameter("ids", ids)
                .getResultList()
            : em.createQuery(
                    "select a from Attachment a, Comment c where c.id = a.commentId"
                        + " and c.consultation in :rounds order by a.id",
                    Attachment.class)
                .setParameter(
                    "rounds", carriers.stream().map(Comment::consultation).distinct().toList())
                .getResultList();
    Map<Long, List<Attachment>> byComment = new HashMap<>();
    found.stream()
        .filter(a -> ids.contains(a.commentId()))
        .forEach(a -> byComment.computeIfAbsent(a.commentId(), id -> new ArrayList<>()).add(a));
    return byComment;
  }

  /** Deletes the record; the caller then offers its file to {@link #forgetIfUnused}. */
  public Attachment remove(long id, Caller caller) {
    Attachment attachment = find(id, caller);
    requireChangeable(comments.find(attachment.commentId(), caller), caller, "remove files from");
    em.remove(attachment);
    return attachment;
  }

  /**
   * Deletes the stored file once no record names it. Run after the deletion committed, under {@link
   * FileStore#exclusively}: an upload of the same content either committed its record before (the
   * file stays) or finds the file gone and stores it again.
   */
  public void forgetIfUnused(String sha256) {
    long named =
        em.createQuery("select count(a) from Attachment a where a.sha256 = :h", Long.class)
            .setParameter("h", sha256)
            .getSingleResult();
    if (named == 0) {
      store.forget(sha256);
    }
  }

  private void requireChangeable(Comment comment, Caller caller, String action) {
    if (caller.drafter()) {
      return;
    }
    if (!caller.isAuthorOf(comment)) {
      throw new DomainException(
          DomainException.Reason.FORBIDDEN,
          "comment",
          "only its author or a drafter can " + action + " a comment");
    }
    comment.consultation().requireOpen(clock.instant());
  }
}
