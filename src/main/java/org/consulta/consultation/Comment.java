package org.consulta.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.consulta.accounts.Account;
import org.consulta.drafting.Article;
import org.consulta.drafting.Language;
import org.consulta.organisations.Organisation;
import org.consulta.organisations.Sector;
import org.consulta.revisions.AnchorState;
import org.consulta.revisions.TextQuote;

/**
 * A comment on one language version of an article, made on one revision of it: on the whole article
 * or on a passage, possibly proposing replacement text (a suggestion), or a reply in another
 * comment's thread. What the author wrote on stays recorded; the anchor follows the text.
 */
@Entity
@Table(name = "consultation_comment")
public class Comment {
  /** {@link #isPublished()} as a JPQL condition on a comment named {@code c}. */
  static final String PUBLISHED =
      "(c.consultation.publishesContributions = true and c.hiddenAt is null"
          + " and c.withdrawnAt is null and c.publishable = true)";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "consultation_id")
  private Consultation consultation;

  @ManyToOne(optional = false)
  @JoinColumn(name = "article_id")
  private Article article;

  @Enumerated(EnumType.STRING)
  private Language lang;

  private int revision;

  @ManyToOne
  @JoinColumn(name = "parent_id")
  private Comment parent;

  @ManyToOne(optional = false)
  @JoinColumn(name = "author_id")
  private Account author;

  /**
   * The organisation the contribution counts for: its author's when it was made (a later change of
   * membership does not rewrite it), moved only by a merge of organisations.
   */
  @ManyToOne
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  private String body;

  private String proposal;

  @Column(name = "passage_start")
  private Integer passageStart;

  @Column(name = "passage_end")
  private Integer passageEnd;

  private String quote;

  private String prefix;

  private String suffix;

  @Enumerated(EnumType.STRING)
  @Column(name = "anchor_state")
  private AnchorState anchorState;

  @Column(name = "anchor_start")
  private Integer anchorStart;

  @Column(name = "anchor_end")
  private Integer anchorEnd;

  @Column(name = "orphaned_in")
  private Integer orphanedIn;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "edited_at")
  private Instant editedAt;

  @Column(name = "hidden_reason")
  private String hiddenReason;

  @Column(name = "hidden_by")
  private String hiddenBy;

  @Column(name = "hidden_at")
  private Instant hiddenAt;

  @Enumerated(EnumType.STRING)
  private Disposition disposition;

  private String response;

  @Column(name = "responded_by")
  private String respondedBy;

  @Column(name = "responded_at")
  private Instant respondedAt;

  @Column(name = "implemented_in")
  private Integer implementedIn;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  @Enumerated(EnumType.STRING)
  private Channel channel = Channel.ONLINE;

  @ManyToOne
  @JoinColumn(name = "meeting_id")
  private Meeting meeting;

  @Column(name = "speaker_name")
  private String speakerName;

  @Column(name = "speaker_country")
  private String speakerCountry;

  @Enumerated(EnumType.STRING)
  @Column(name = "speaker_sector")
  private Sector speakerSector;

  @Column(name = "recorded_by")
  private String recordedBy;

  private boolean publishable = true;

  protected Comment() {}

  /** Where on the article a comment points: a passage of the revision, or the whole article. */
  public record Target(Article article, Language lang, int revision, Selection selection) {
    public Target {
      Objects.requireNonNull(article);
      Objects.requireNonNull(lang);
    }
  }

  /** The passage of the commented revision, in UTF-16 offsets, with its quote and context. */
  public record Selection(int start, int end, TextQuote quote) {}

  public static Comment on(
      Consultation round, Target target, Account author, String body, String proposal, Instant at) {
    var comment = new Comment();
    comment.consultation = Objects.requireNonNull(round);
    comment.article = target.article();
    comment.lang = target.lang();
    comment.revision = target.revision();
    comment.author = Objects.requireNonNull(author);
    comment.body = Objects.requireNonNull(body);
    comment.proposal = proposal;
    comment.createdAt = Objects.requireNonNull(at);
    comment.anchorState = AnchorState.EXACT;
    Selection passage = target.selection();
    if (passage != null) {
      comment.passageStart = passage.start();
      comment.passageEnd = passage.end();
      comment.quote = passage.quote().quote();
      comment.prefix = passage.quote().prefix();
      comment.suffix = passage.quote().suffix();
      comment.anchorStart = passage.start();
      comment.anchorEnd = passage.end();
    }
    return comment;
  }

  /**
   * Someone who spoke at a meeting without a participant account: their name, country and sector,
   * and the organisation they spoke for, if any.
   */
  public record Speaker(String name, String country, Sector sector, Organisation organisation) {
    public Speaker {
      Objects.requireNonNull(name);
      Objects.requireNonNull(country);
      Objects.requireNonNull(sector);
    }
  }

  /**
   * What a rapporteur records at a meeting on behalf of the speaker: a participant ({@code author},
   * {@code speaker} null) or a named person ({@code speaker}; {@code author} is then the
   * rapporteur's own account, so that the row has an author like every other).
   */
  public static Comment atMeeting(
      Meeting meeting,
      Target target,
      Account author,
      Speaker speaker,
      Organisation organisation,
      String body,
      boolean publishable,
      String recordedBy,
      Instant at) {
    var comment = on(meeting.consultation(), target, author, body, null, at);
    comment.channel = Channel.MEETING;
    comment.meeting = meeting;
    comment.organisation = organisation;
    if (speaker != null) {
      comment.speakerName = speaker.name();
      comment.speakerCountry = speaker.country();
      comment.speakerSector = speaker.sector();
    }
    comment.publishable = publishable;
    comment.recordedBy = Objects.requireNonNull(recordedBy);
    return comment;
  }

  public static Comment replyTo(Comment parent, Account author, String body, Instant at) {
    var reply = new Comment();
    reply.consultation = parent.consultation;
    reply.article = parent.article;
    reply.lang = parent.lang;
    reply.revision = parent.revision;
    reply.parent = parent;
    reply.author = Objects.requireNonNull(author);
    reply.body = Objects.requireNonNull(body);
    reply.createdAt = Objects.requireNonNull(at);
    return reply;
  }

  /** Replaces the author's text; the caller records the previous one in the history. */
  public void edit(String newBody, String newProposal, Instant at) {
    body = Objects.requireNonNull(newBody);
    proposal = isSuggestion() ? Objects.requireNonNull(newProposal) : null;
    editedAt = at;
  }

  public void hide(String reason, String by, Instant at) {
    hiddenReason = Objects.requireNonNull(reason);
    hiddenBy = Objects.requireNonNull(by);
    hiddenAt = Objects.requireNonNull(at);
  }

  /** Makes a hidden comment readable again; its history keeps that it was hidden, and why. */
  public void unhide() {
    hiddenReason = null;
    hiddenBy = null;
    hiddenAt = null;
  }

  /**
   * The author takes the comment back. The text stays, for the record; the comment is no longer
   * published and awaits no answer. Withdrawing is final: the author can write a new comment.
   */
  public void withdraw(Instant at) {
    withdrawnAt = Objects.requireNonNull(at);
  }

  /**
   * Whether anyone may read it: the round publishes its contributions, the comment is neither
   * hidden nor withdrawn, and (for one recorded at a meeting) the rapporteur marked it publishable.
   * {@link #PUBLISHED} is the same rule for queries; change both together.
   */
  public boolean isPublished() {
    return consultation.publishesContributions() && !isHidden() && !isWithdrawn() && publishable;
  }

  public void answer(Answer answer, String by, Instant at) {
    disposition = answer.disposition();
    response = answer.response();
    implementedIn = answer.implementedIn();
    respondedBy = Objects.requireNonNull(by);
    respondedAt = Objects.requireNonNull(at);
  }

  /** A drafter's disposition with its reasons and, when it led to a change, that revision. */
  public record Answer(Disposition disposition, String response, Integer implementedIn) {
    public Answer {
      Objects.requireNonNull(disposition);
      Objects.requireNonNull(response);
    }
  }

  /** Where the comment points in the current text of its article. */
  CommentAnchor anchor() {
    return new CommentAnchor(onPassage(), anchorState, anchorStart, anchorEnd, orphanedIn);
  }

  /** Follows the commented text to a new revision ({@link CommentAnchor#then}). */
  void anchorTo(CommentAnchor anchor) {
    anchorState = anchor.state();
    anchorStart = anchor.start();
    anchorEnd = anchor.end();
    orphanedIn = anchor.orphanedIn();
  }

  public boolean isSuggestion() {
    return proposal != null;
  }

  public boolean isReply() {
    return parent != null;
  }

  public boolean isHidden() {
    return hiddenAt != null;
  }

  public boolean isWithdrawn() {
    return withdrawnAt != null;
  }

  public boolean onPassage() {
    return passageStart != null;
  }

  /** The comment that starts this thread: itself, or the comment its reply chain goes up to. */
  public Comment root() {
    Comment root = this;
    while (root.parent != null) {
      root = root.parent;
    }
    return root;
  }

  public Long id() {
    return id;
  }

  public Consultation consultation() {
    return consultation;
  }

  public Article article() {
    return article;
  }

  public Language lang() {
    return lang;
  }

  public int revision() {
    return revision;
  }

  public Optional<Comment> parent() {
    return Optional.ofNullable(parent);
  }

  /** Counts the contribution for {@code speakingFor}, its author's organisation when made. */
  void attributeTo(Organisation speakingFor) {
    organisation = speakingFor;
  }

  public Optional<Organisation> organisation() {
    return Optional.ofNullable(organisation);
  }

  public Account author() {
    return author;
  }

  public String body() {
    return body;
  }

  public String proposal() {
    return proposal;
  }

  public Optional<Selection> selection() {
    return onPassage()
        ? Optional.of(new Selection(passageStart, passageEnd, new TextQuote(quote, prefix, suffix)))
        : Optional.empty();
  }

  public AnchorState anchorState() {
    return anchorState;
  }

  public Integer anchorStart() {
    return anchorStart;
  }

  public Integer anchorEnd() {
    return anchorEnd;
  }

  public Integer orphanedIn() {
    return orphanedIn;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant editedAt() {
    return editedAt;
  }

  public String hiddenReason() {
    return hiddenReason;
  }

  public String hiddenBy() {
    return hiddenBy;
  }

  public Instant hiddenAt() {
    return hiddenAt;
  }

  public Disposition disposition() {
    return disposition;
  }

  public String response() {
    return response;
  }

  public String respondedBy() {
    return respondedBy;
  }

  public Instant respondedAt() {
    return respondedAt;
  }

  public Integer implementedIn() {
    return implementedIn;
  }

  public Instant withdrawnAt() {
    return withdrawnAt;
  }

  public Channel channel() {
    return channel;
  }

  public Optional<Meeting> meeting() {
    return Optional.ofNullable(meeting);
  }

  /** The person who spoke at a meeting without a participant account; empty otherwise. */
  public Optional<Speaker> speaker() {
    return speakerName == null
        ? Optional.empty()
        : Optional.of(new Speaker(speakerName, speakerCountry, speakerSector, organisation));
  }

  /** The rapporteur who recorded a meeting contribution; null for online ones. */
  public String recordedBy() {
    return recordedBy;
  }

  /** Whether the contribution may be published: online ones are; the rapporteur decides others. */
  public boolean publishable() {
    return publishable;
  }
}
