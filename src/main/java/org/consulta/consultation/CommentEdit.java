package org.consulta.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One text a comment has had; number 1 is what was first submitted. Never changed. */
@Entity
@Table(name = "comment_edit")
@IdClass(CommentEdit.Key.class)
public class CommentEdit {
  @Id
  @ManyToOne(optional = false)
  @JoinColumn(name = "comment_id")
  private Comment comment;

  @Id private int number;

  private String body;

  private String proposal;

  @Column(name = "edited_at")
  private Instant editedAt;

  public record Key(Long comment, int number) implements Serializable {}

  protected CommentEdit() {}

  public CommentEdit(Comment comment, int number, Instant at) {
    this.comment = Objects.requireNonNull(comment);
    this.number = number;
    this.body = comment.body();
    this.proposal = comment.proposal();
    this.editedAt = Objects.requireNonNull(at);
  }

  public int number() {
    return number;
  }

  public String body() {
    return body;
  }

  public String proposal() {
    return proposal;
  }

  public Instant editedAt() {
    return editedAt;
  }
}
