package org.consulta.drafting;

import org.consulta.platform.DomainException;

/**
 * Where an article goes: right after another article, or first in a division. Exactly one of the
 * two is given.
 */
public record Placement(String after, String division) {
  public Placement {
    if ((after == null) == (division == null)) {
      throw DomainException.invalid(
          "after", "give either 'after' (an article eId) or 'division' (a division eId)");
    }
  }
}
