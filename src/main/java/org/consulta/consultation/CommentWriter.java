package org.consulta.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;
import org.consulta.drafting.Article;
import org.consulta.drafting.ArticleRevision;
import org.consulta.drafting.Language;
import org.consulta.drafting.LawNotFound;
import org.consulta.drafting.LawVersions;
import org.consulta.drafting.Laws;
import org.consulta.platform.DomainException;
import org.consulta.platform.ProblemCode;
import org.consulta.revisions.TextQuote;

/** Takes comments, suggestions and replies from participants, and their later edits. */
@ApplicationScoped
@Transactional
public class CommentWriter {
  @PersistenceContext private EntityManager em;
  @Inject private Laws laws;
  @Inject private LawVersions versions;
  @Inject private Consultations consultations;
  @Inject private AnchorFollower anchors;
  @Inject private Participants participants;
  @Inject private Clock clock;
  @Inject private Event<CommentChanged> changed;

  /** Where a comment points, as the API gives it: code-point offsets, an optional quote. */
  public record Pointer(String eId, String lang, Integer revision, Range passage) {}

  /** A passage in code points; the quote, when given, must be what the range holds. */
  public record Range(int start, int end, String quote) {}

  /** Records a comment, or a suggestion when {@code replacement} is not null. */
  public Comment submit(
      long roundId, Pointer pointer, String text, String replacement, Caller caller) {
    Consultation round = consultations.find(roundId);
    Instant now = clock.instant();
    round.requireOpen(now);
    return record(
        round,
        pointer,
        replacement,
        target -> {
          Comment comment = Comment.on(round, target, caller.account(), text, replacement, now);
          attribute(comment, caller);
          return comment;
        });
  }

  /**
   * Records a new contribution where {@code pointer} says, checked as every comment is (article,
   * language, revision, passage quote); {@code make} builds it once the target is known. Comments
   * made on an earlier revision are carried to the current text at once.
   */
  Comment record(
      Consultation round,
      Pointer pointer,
      String replacement,
      Function<Comment.Target, Comment> make) {
    Article article = article(round, pointer.eId());
    Language lang = language(round, pointer.lang());
    ArticleRevision head = laws.lockedHead(article, lang);
    if (head.deleted()) {
      throw new DomainException(
          DomainException.Reason.GONE,
          "article",
          "article '" + pointer.eId() + "' was deleted in revision " + head.number());
    }
    ArticleRevision commented = commentedRevision(round, article, lang, pointer.revision(), head);
    Comment.Selection selection = selection(commented.body(), pointer.passage());
    if (replacement != null) {
      checkChanges(commented.body(), selection, replacement);
    }
    Comment comment = make.apply(new Comment.Target(article, lang, commented.number(), selection));
    em.persist(comment);
    em.persist(new CommentEdit(comment, 1, comment.createdAt()));
    if (commented.number() != head.number()) {
      anchors.carry(comment, commented.body(), head);
    }
    // Write now, so that a failing insert surfaces here with its SQL state, not at commit.
    em.flush();
    changed.fire(new CommentChanged(comment.id(), CommentChanged.Change.CREATED));
    return comment;
  }

  /** A reply in a thread: drafters may answer at any time, participants in their own threads. */
  public Comment reply(long parentId, String text, Caller caller) {
    Comment parent = find(parentId, caller);
    if (!caller.drafter()) {
      if (!caller.isAuthorOf(parent.root())) {
        throw new DomainException(
            DomainException.Reason.FORBIDDEN,
            "comment",
            "participants reply in the threads they started");
      }
      parent.consultation().requireOpen(clock.instant());
    }
    Comment reply = Comment.replyTo(parent, caller.account(), text, clock.instant());
    attribute(reply, caller);
    em.persist(reply);
    em.persist(new CommentEdit(reply, 1, reply.createdAt()));
    em.flush();
    changed.fire(new CommentChanged(reply.id(), CommentChanged.Change.CREATED));
    return reply;
  }

  /** Changes the author's own text while the round is open; the old text stays in the history. */
  public Comment edit(long id, String text, String replacement, Caller caller) {
    Comment comment = ownOpenComment(id, caller, "edit");
    if (!comment.isSuggestion() && text.isBlank()) {
      throw DomainException.invalid(ProblemCode.REQUIRED, "text", "a comment needs a text");
    }
    if (comment.isSuggestion() && replacement == null) {
      throw DomainException.invalid("replacement", "a suggestion keeps its replacement text");
    }
    if (!comment.isSuggestion() && replacement != null) {
      throw DomainException.invalid("replacement", "a comment cannot become a suggestion");
    }
    if (replacement != null) {
      ArticleRevision commented =
          laws.revision(comment.article(), comment.lang(), comment.revision(), "revision");
      checkChanges(commented.body(), comment.selection().orElse(null), replacement);
    }
    Instant now = clock.instant();
    int next = history(comment) + 1;
    comment.edit(text, replacement, now);
    em.persist(new CommentEdit(comment, next, now));
    em.persist(new CommentEvent(comment, CommentEvent.Kind.EDITED, caller.account(), now, null));
    changed.fire(new CommentChanged(comment.id(), CommentChanged.Change.EDITED));
    return comment;
  }

  /**
   * The caller's own comment, made online, in an open round and not withdrawn: what its author may
   * still {@code change}.
   */
  private Comment ownOpenComment(long id, Caller caller, String change) {
    Comment comment = forChange(id, caller);
    if (!caller.isAuthorOf(comment)) {
      throw new DomainException(
          DomainException.Reason.FORBIDDEN,
          "comment",
          "only its author can " + change + " a comment");
    }
    if (comment.channel() == Channel.MEETING) {
      throw new DomainException(
          DomainException.Reason.FORBIDDEN,
          "comment",
          "comment " + id + " was recorded by the rapporteur at a meeting and is kept as recorded");
    }
    comment.consultation().requireOpen(clock.instant());
    requireNotWithdrawn(comment);
    return comment;
  }

  /**
   * The author takes back their comment while the round is open: it stays, with its text, in the
   * history, but is no longer published nor awaits an answer. Final: they may write a new one.
   */
  public Comment withdraw(long id, Caller caller) {
    Comment comment = ownOpenComment(id, caller, "withdraw");
    Instant now = clock.instant();
    comment.withdraw(now);
    em.persist(new CommentEvent(comment, CommentEvent.Kind.WITHDRAWN, caller.account(), now, null));
    changed.fire(new CommentChanged(comment.id(), CommentChanged.Change.WITHDRAWN));
    return comment;
  }

  private static void requireNotWithdrawn(Comment comment) {
    if (comment.isWithdrawn()) {
      throw new DomainException(
          DomainException.Reason.CONFLICT,
          "comment",
          "comment " + comment.id() + " was withdrawn at " + comment.withdrawnAt());
    }
  }

  /** The contribution counts for the organisation its author speaks for now. */
  private void attribute(Comment comment, Caller caller) {
    participants
        .of(caller.account())
        .flatMap(Participant::memberOf)
        .ifPresent(comment::attributeTo);
  }

  /** The comment if the caller may see it; otherwise it does not exist for them. */
  public Comment find(long id, Caller caller) {
    Comment comment = em.find(Comment.class, id);
    if (comment == null || !caller.maySee(comment)) {
      throw new DomainException(DomainException.Reason.NOT_FOUND, "comment", "no comment " + id);
    }
    return comment;
  }

  /**
   * The comment to change, read again once its article's head is locked. Edits of the article carry
   * every anchor to the new text under that lock, so the anchor read now is on the current text, as
   * the answer to this change shows it. What this transaction changed already (an accepted
   * suggestion's revision) is written first, so that neither the lock nor the refresh drops it.
   */
  Comment forChange(long id, Caller caller) {
    Comment comment = find(id, caller);
    em.flush();
    laws.lockedHead(comment.article(), comment.lang());
    em.refresh(comment, LockModeType.PESSIMISTIC_WRITE);
    return comment;
  }

  private int history(Comment comment) {
    return em.createQuery(
            "select max(e.number) from CommentEdit e where e.comment = :c", Integer.class)
        .setParameter("c", comment)
        .getSingleResult();
  }

  private Article article(Consultation round, String eId) {
    try {
      return laws.article(round.law(), eId);
    } catch (LawNotFound e) {
      throw DomainException.invalid("article", e.getMessage());
    }
  }

  private static Language language(Consultation round, String code) {
    Language lang = code == null ? round.languages().get(0) : Language.parse("lang", code);
    if (!round.languages().contains(lang)) {
      throw DomainException.invalid(
          "lang", "consultation " + round.id() + " is held in " + round.languages());
    }
    return lang;
  }

  /** The revision asked for, or by default the one in the round's version (or the current). */
  private ArticleRevision commentedRevision(
      Consultation round, Article article, Language lang, Integer number, ArticleRevision head) {
    if (number == null) {
      return versions.revisions(round.version(), lang).stream()
          .filter(r -> r.article().id().equals(article.id()))
          .findFirst()
          .orElse(head);
    }
    if (number > head.number()) {
      throw DomainException.invalid(
          "revision",
          "article '" + article.eId() + "' has " + head.number() + " revisions in " + lang);
    }
    return laws.revision(article, lang, number, "revision");
  }

  private static Comment.Selection selection(String text, Range range) {
    if (range == null) {
      return null;
    }
    int start = CodePoints.toUtf16(text, range.start(), "passage.start");
    int end = CodePoints.toUtf16(text, range.end(), "passage.end");
    if (end <= start) {
      throw DomainException.invalid(
          ProblemCode.OUT_OF_RANGE, "passage.end", "a passage must end after it starts");
    }
    String quote = text.substring(start, end);
    if (range.quote() != null && !range.quote().equals(quote)) {
      throw DomainException.invalid(
          "passage.quote",
          "the quote does not match the text at "
              + range.start()
              + ".."
              + range.end()
              + ", which reads '"
              + quote
              + "'");
    }
    return new Comment.Selection(start, end, TextQuote.of(text, start, end));
  }

  private static void checkChanges(String text, Comment.Selection selection, String replacement) {
    String replaced = selection == null ? text : text.substring(selection.start(), selection.end());
    if (replaced.equals(replacement)) {
      throw DomainException.invalid("replacement", "the replacement is the same as the text");
    }
  }
}
