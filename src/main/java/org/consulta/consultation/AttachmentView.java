package org.consulta.consultation;

import java.time.Instant;

/**
 * A file a comment carries, as the API lists it; the content is at {@code /api/attachments/{id}}.
 */
public record AttachmentView(
    long id,
    long comment,
    String name,
    String type,
    long size,
    String sha256,
    String createdBy,
    Instant createdAt) {

  static AttachmentView of(Attachment a) {
    return new AttachmentView(
        a.id(),
        a.commentId(),
        a.fileName(),
        a.kind().mediaType(),
        a.size(),
        a.sha256(),
        a.createdBy(),
        a.createdAt());
  }
}
