package org.consulta.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.consulta.attachments.FileKind;

/**
 * A file a comment carries, such as an organisation's position paper. The content is in the file
 * store under {@link #sha256()}; this row says whose it is and what it was recognised as.
 */
@Entity
@Table(name = "comment_attachment")
public class Attachment {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The comment's id rather than the comment: lists of attachments never load their comments. */
  @Column(name = "comment_id")
  private long commentId;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "media_type")
  private String mediaType;

  @Column(name = "byte_size")
  private long size;

  private String sha256;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  protected Attachment() {}

  public Attachment(
      Comment comment,
      String fileName,
      FileKind kind,
      long size,
      String sha256,
      String createdBy,
      Instant at) {
    this.commentId = comment.id();
    this.fileName = Objects.requireNonNull(fileName);
    this.mediaType = kind.mediaType();
    this.size = size;
    this.sha256 = Objects.requireNonNull(sha256);
    this.createdBy = Objects.requireNonNull(createdBy);
    this.createdAt = Objects.requireNonNull(at);
  }

  public Long id() {
    return id;
  }

  public long commentId() {
    return commentId;
  }

  public String fileName() {
    return fileName;
  }

  public FileKind kind() {
    return FileKind.ofMediaType(mediaType);
  }

  public long size() {
    return size;
  }

  public String sha256() {
    return sha256;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }
}
