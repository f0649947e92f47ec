package org.consulta.publication;

import java.time.Instant;

/**
 * The state of the law an edition shows: a recorded version ({@code number} and its label), or the
 * working text as of {@code at} ({@code number} null).
 */
public record EditionVersion(Integer number, String label, Instant at) {
  public boolean recorded() {
    return number != null;
  }
}
