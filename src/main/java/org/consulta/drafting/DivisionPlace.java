package org.consulta.drafting;

import org.consulta.platform.DomainException;

/**
 * Where a division goes: right after a sibling ({@code after}), first in a parent ({@code parent}),
 * or, when neither is given, first at the top level of the law.
 */
public record DivisionPlace(String after, String parent) {
  public DivisionPlace {
    if (after != null && parent != null) {
      throw DomainException.invalid(
          "after", "give 'after' (a division eId) or 'parent' (a division eId), not both");
    }
  }
}
