package org.consulta.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.consulta.drafting.ArticleETag;
import org.consulta.drafting.ArticleEditor;
import org.consulta.drafting.ArticleRevision;
import org.consulta.drafting.Laws;
import org.consulta.platform.DomainException;
import org.consulta.revisions.DiffOp;
import org.consulta.revisions.MergeConflict;
import org.consulta.revisions.MergeResult;
import org.consulta.revisions.RedlineRenderer;
import org.consulta.revisions.ThreeWayMerge;
import org.consulta.revisions.WordDiff;

/**
 * Shows suggestions as redlines, against the revision they were made on and rebased on the current
 * text, and turns accepted ones into article revisions through the editor's merge.
 */
@ApplicationScoped
@Transactional
public class SuggestionReview {
  @Inject private Laws laws;
  @Inject private CommentWriter comments;
  @Inject private CommentModeration moderation;
  @Inject private ArticleEditor editor;

  public record Redline(List<DiffOp> ops, String html) {
    static Redline between(String before, String after) {
      List<DiffOp> ops = WordDiff.between(before, after);
      return new Redline(ops, RedlineRenderer.html(ops));
    }
  }

  /**
   * The suggestion carried to the current revision: {@code unchanged} when the article has not
   * moved on, {@code clean} when it merges, {@code conflicting} with the conflicts, or {@code
   * deleted}. The same merge decides whether accepting it succeeds.
   */
  public record Rebase(
      int revision, String status, String text, Redline redline, List<MergeConflict> conflicts) {}

  public record Review(String proposedText, Redline redline, Rebase current) {}

  public Review review(Comment suggestion) {
    ArticleRevision base = base(suggestion);
    String proposed = proposedText(suggestion, base);
    return new Review(
        proposed, Redline.between(base.body(), proposed), rebase(suggestion, base, proposed));
  }

  /** Accepts the suggestion, or the drafter's own version of it when {@code text} is given. */
  public Comment accept(long roundId, long id, String text, String response, Caller caller) {
    Comment suggestion = suggestion(roundId, id, caller);
    if (suggestion.disposition() == Disposition.ACCEPTED
        || suggestion.disposition() == Disposition.PARTIALLY_ACCEPTED) {
      throw new DomainException(
          DomainException.Reason.CONFLICT,
          "suggestion",
          "suggestion " + id + " was already accepted in revision " + suggestion.implementedIn());
    }
    ArticleRevision base = base(suggestion);
    String proposed = proposedText(suggestion, base);
    String adopted = text == null ? proposed : text;
    var outcome =
        editor.edit(
            suggestion.consultation().law().slug(),
            suggestion.article().eId(),
            suggestion.lang().name(),
            ArticleETag.of(base),
            new ArticleEditor.Edit(null, adopted, credit(suggestion)),
            caller.account().username());
    Disposition disposition =
        adopted.equals(proposed) ? Disposition.ACCEPTED : Disposition.PARTIALLY_ACCEPTED;
    return moderation.answer(
        id, new Comment.Answer(disposition, response, outcome.revision().number()), caller);
  }

  public Comment decline(long roundId, long id, String response, Caller caller) {
    suggestion(roundId, id, caller);
    return moderation.answer(
        id, new Comment.Answer(Disposition.NOT_ACCEPTED, response, null), caller);
  }

  /** A suggestion of the round, as {@code caller} may see it. */
  public Comment suggestion(long roundId, long id, Caller caller) {
    Comment suggestion = suggestion(id, caller);
    if (!suggestion.consultation().id().equals(roundId)) {
      throw notFound(id);
    }
    return suggestion;
  }

  private Comment suggestion(long id, Caller caller) {
    Comment comment = comments.find(id, caller);
    if (!comment.isSuggestion()) {
      throw notFound(id);
    }
    return comment;
  }

  private Rebase rebase(Comment suggestion, ArticleRevision base, String proposed) {
    ArticleRevision head = laws.head(suggestion.article(), suggestion.lang());
    if (head.deleted()) {
      return new Rebase(head.number(), "deleted", null, null, List.of());
    }
    if (head.number() == base.number()) {
      return new Rebase(head.number(), "unchanged", proposed, null, List.of());
    }
    MergeResult merged = ThreeWayMerge.merge(base.body(), head.body(), proposed);
    if (merged instanceof MergeResult.Clean clean) {
      return new Rebase(
          head.number(),
          "clean",
          clean.text(),
          Redline.between(head.body(), clean.text()),
          List.of());
    }
    return new Rebase(
        head.number(), "conflicting", null, null, ((MergeResult.Conflicting) merged).conflicts());
  }

  private ArticleRevision base(Comment suggestion) {
    return laws.revision(
        suggestion.article(), suggestion.lang(), suggestion.revision(), "revision");
  }

  /** The whole article text the suggestion proposes, on the revision it was made on. */
  static String proposedText(Comment suggestion, ArticleRevision base) {
    return suggestion
        .selection()
        .map(
            s ->
                base.body().substring(0, s.start())
                    + suggestion.proposal()
                    + base.body().substring(s.end()))
        .orElse(suggestion.proposal());
  }

  private static String credit(Comment suggestion) {
    return "Accept suggestion "
        + suggestion.id()
        + " by "
        + suggestion.author().displayName()
        + " (consultation "
        + suggestion.consultation().id()
        + ")";
  }

  private static DomainException notFound(long id) {
    return new DomainException(
        DomainException.Reason.NOT_FOUND, "suggestion", "no suggestion " + id);
  }
}
