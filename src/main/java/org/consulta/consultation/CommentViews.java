package org.consulta.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.consulta.accounts.Account;
import org.consulta.accounts.Accounts;
import org.consulta.drafting.ArticleRevision;
import org.consulta.drafting.Laws;
import org.consulta.platform.WireNames;

/** Builds the API views of comments, reading each article text and participant once per batch. */
@ApplicationScoped
@Transactional
public class CommentViews {
  @Inject private Laws laws;
  @Inject private Participants participants;
  @Inject private Accounts accounts;

  public List<CommentView> of(List<Comment> comments, Caller caller) {
    Map<String, String> names = new HashMap<>();
    var batch =
        new Batch(
            new ArticleTexts(laws),
            participantsByAccount(comments),
            username -> names.computeIfAbsent(username, this::shownName),
            caller);
    return comments.stream().map(batch::view).toList();
  }

  public CommentView of(Comment comment, Caller caller) {
    return of(List.of(comment), caller).get(0);
  }

  private Map<Long, Participant> participantsByAccount(List<Comment> comments) {
    Map<Long, Account> authors = new HashMap<>();
    comments.forEach(c -> authors.put(c.author().id(), c.author()));
    Map<Long, Participant> byAccount = new HashMap<>();
    participants.of(authors.values()).forEach(p -> byAccount.put(p.account().id(), p));
    return byAccount;
  }

  /**
   * The name shown for the drafter with this username: the display name of their account, or the
   * username itself once the account is gone.
   */
  private String shownName(String username) {
    return accounts.find(username).map(Account::displayName).orElse(username);
  }

  private record Batch(
      ArticleTexts texts,
      Map<Long, Participant> participants,
      Function<String, String> name,
      Caller caller) {
    CommentView view(Comment c) {
      boolean readable = !c.isHidden() || caller.drafter() || caller.isAuthorOf(c);
      return new CommentView(
          c.id(),
          c.consultation().id(),
          c.parent().map(Comment::id).orElse(null),
          kind(c),
          c.article().eId(),
          c.lang(),
          c.revision(),
          author(c),
          readable ? c.body() : null,
          readable ? c.proposal() : null,
          passage(c),
          anchor(c),
          c.isHidden()
              ? new CommentView.HiddenView(
                  c.hiddenReason(), c.hiddenBy(), name.apply(c.hiddenBy()), c.hiddenAt())
              : null,
          c.disposition() == null
              ? null
              : new CommentView.AnswerView(
                  WireNames.of(c.disposition()),
                  c.response(),
                  c.respondedBy(),
                  name.apply(c.respondedBy()),
                  c.respondedAt(),
                  c.implementedIn()),
          c.createdAt(),
          c.editedAt());
    }

    private CommentView.AuthorView author(Comment c) {
      Participant p = participants.get(c.author().id());
      return new CommentView.AuthorView(
          c.author().username(),
          c.author().displayName(),
          p == null ? null : p.organisation(),
          p == null ? null : p.country(),
          p == null ? null : WireNames.of(p.sector()));
    }

    private CommentView.PassageView passage(Comment c) {
      return c.selection()
          .map(
              s -> {
                String text = texts.revision(c.article(), c.lang(), c.revision()).body();
                return new CommentView.PassageView(
                    CodePoints.fromUtf16(text, s.start()),
                    CodePoints.fromUtf16(text, s.end()),
                    s.quote().quote(),
                    s.quote().prefix(),
                    s.quote().suffix());
              })
          .orElse(null);
    }

    private CommentView.AnchorView anchor(Comment c) {
      if (c.isReply()) {
        return null;
      }
      ArticleRevision head = texts.head(c.article(), c.lang());
      String state = WireNames.of(c.anchorState());
      if (c.anchorStart() == null) {
        return new CommentView.AnchorView(state, head.number(), null, null, null, c.orphanedIn());
      }
      String text = head.body();
      return new CommentView.AnchorView(
          state,
          head.number(),
          CodePoints.fromUtf16(text, c.anchorStart()),
          CodePoints.fromUtf16(text, c.anchorEnd()),
          text.substring(c.anchorStart(), c.anchorEnd()),
          null);
    }
  }

  public static String kind(Comment c) {
    if (c.isReply()) {
      return "reply";
    }
    return c.isSuggestion() ? "suggestion" : "comment";
  }
}
