package org.consulta.consultation;

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
import org.consulta.accounts.Account;

/** Something done to a contribution after it was made, kept for its history. Never changed. */
@Entity
@Table(name = "comment_event")
public class CommentEvent {
  /** What was done: the author edits or withdraws; drafters hide and un-hide. */
  public enum Kind {
    EDITED,
    WITHDRAWN,
    HIDDEN,
    UNHIDDEN
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "comment_id")
  private Comment comment;

  @Enumerated(EnumType.STRING)
  private Kind kind;

  @ManyToOne(optional = false)
  @JoinColumn(name = "by_id")
  private Account by;

  private Instant at;

  private String reason;

  protected CommentEvent() {}

  public CommentEvent(Comment comment, Kind kind, Account by, Instant at, String reason) {
    this.comment = Objects.requireNonNull(comment);
    this.kind = Objects.requireNonNull(kind);
    this.by = Objects.requireNonNull(by);
    this.at = Objects.requireNonNull(at);
    this.reason = reason;
  }

  public Kind kind() {
    return kind;
  }

  public Account by() {
    return by;
  }

  public Instant at() {
    return at;
  }

  public String reason() {
    return reason;
  }
}
