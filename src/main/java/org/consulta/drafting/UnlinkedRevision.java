package org.consulta.drafting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A current revision written before the engine kept links (V20) whose text has not been read for
 * cross-references yet; every other revision's {@link CrossReference} rows, if any, are its links.
 */
@Entity
@Table(name = "unlinked_revision")
public class UnlinkedRevision {
  @Id
  @Column(name = "revision_id")
  private Long revisionId;

  protected UnlinkedRevision() {}
}
