package org.consulta.legislation;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The counter that stamps import batches. Each batch locks its single row, so batches commit one
 * after another and in the order of their stamps.
 */
@Entity
@Table(name = "legislation_stamp")
public class LegislationStamp {
  static final int ROW = 1;

  @Id private int id;
  private long stamp;

  protected LegislationStamp() {}

  long next() {
    return ++stamp;
  }
}
