package org.consulta.drafting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.consulta.crossrefs.Link;

/**
 * One reference in the text of one revision to another article of the law, stored by the target's
 * eId so that it follows every renumbering.
 */
@Entity
@Table(name = "cross_reference")
@IdClass(CrossReference.Key.class)
public class CrossReference {
  @Id
  @Column(name = "revision_id")
  private Long revisionId;

  @Id private int ordinal;

  @Column(name = "start_at")
  private int start;

  @Column(name = "end_at")
  private int end;

  @Column(name = "number_start")
  private int numberStart;

  @Column(name = "number_end")
  private int numberEnd;

  @Column(name = "target_e_id")
  private String target;

  private Integer paragraph;

  /** The composite key: revision id and the reference's place among the revision's. */
  public record Key(Long revisionId, int ordinal) implements Serializable {}

  protected CrossReference() {}

  CrossReference(Long revisionId, int ordinal, Link link) {
    this.revisionId = revisionId;
    this.ordinal = ordinal;
    this.start = link.start();
    this.end = link.end();
    this.numberStart = link.numberStart();
    this.numberEnd = link.numberEnd();
    this.target = link.target();
    this.paragraph = link.paragraph();
  }

  Long revisionId() {
    return revisionId;
  }

  int ordinal() {
    return ordinal;
  }

  Link link() {
    return new Link(start, end, numberStart, numberEnd, target, paragraph);
  }
}
