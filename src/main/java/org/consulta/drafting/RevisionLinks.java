package org.consulta.drafting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Says that the text of one revision was read for cross-references; its {@link CrossReference}
 * rows, if any, are what was found.
 */
@Entity
@Table(name = "revision_links")
public class RevisionLinks {
  @Id
  @Column(name = "revision_id")
  private Long revisionId;

  protected RevisionLinks() {}

  RevisionLinks(Long revisionId) {
    this.revisionId = revisionId;
  }
}
