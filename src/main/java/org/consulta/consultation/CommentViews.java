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
import org.consulta.drafting.LawReadAccess;
import org.consulta.drafting.Laws;
import org.consulta.organisations.Organisation;
import org.consulta.platform.WireNames;

/** Builds the API views of comments, reading each article text and participant once per batch. */
@ApplicationScoped
@Transactional
public class CommentViews {
  @Inject private Laws laws;
  @Inject private Participants participants;
  @Inject private Attachments attachments;
  @Inject private Accounts accounts;

  public List<CommentView> of(List<Comment> comments, Caller caller) {
    Map<String, String> names = new HashMap<>();
    var batch =
        new Batch(
            new ArticleTexts(laws).preload(comments),
            participantsByAccount(comments),
            attachments.of(comments),
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
      Map<Long, List<Attachment>> attachments,
      Function<String, String> name,
      Caller caller) {
    CommentView view(Comment c) {
      // The public (anyone else reading a published comment) sees names, never account details.
      boolean insider = caller.insider(c);
      boolean readable = caller.mayRead(c);
      return new CommentView(
          c.id(),
          c.consultation().id(),
          c.parent().map(Comment::id).orElse(null),
          kind(c),
          c.article().eId(),
          c.lang(),
          c.revision(),
          author(c, insider),
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
                  insider ? c.respondedBy() : null,
                  name.apply(c.respondedBy()),
                  c.respondedAt(),
                  c.implementedIn()),
          c.createdAt(),
          c.editedAt(),
          c.withdrawnAt(),
          WireNames.of(c.channel()),
          c.meeting().map(m -> new CommentView.MeetingRef(m.id(), m.title())).orElse(null),
          insider ? c.recordedBy() : null,
          c.publishable(),
          readable
              ? attachments.getOrDefault(c.id(), List.of()).stream()
                  .map(AttachmentView::of)
                  .toList()
              : List.of());
    }

    private CommentView.AuthorView author(Comment c, boolean insider) {
      if (c.speaker().isPresent()) {
        Comment.Speaker s = c.speaker().get();
        return new CommentView.AuthorView(
            null,
            s.name(),
            s.organisation() == null ? null : s.organisation().id(),
            s.organisation() == null ? null : s.organisation().name(),
            s.country(),
            WireNames.of(s.sector()));
      }
      Participant p = participants.get(c.author().id());
      Organisation speakingFor = c.organisation().orElse(null);
      String legacy = p == null || p.organisation().isEmpty() ? null : p.organisation();
      return new CommentView.AuthorView(
          insider ? c.author().username() : null,
          c.author().displayName(),
          speakingFor == null ? null : speakingFor.id(),
          speakingFor == null ? legacy : speakingFor.name(),
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
      // Where the passage now lies is the working text; kept from who may not read it.
      if (c.anchorStart() == null
          || !LawReadAccess.readsWorkingText(c.article().law(), caller.drafter())) {
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
