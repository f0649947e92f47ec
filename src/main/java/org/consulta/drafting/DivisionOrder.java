package org.consulta.drafting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.consulta.platform.DomainException;

/**
 * The tree of a law's live divisions, to put one of them somewhere else in it. Afterwards every
 * division's ordinal is its rank in the new reading order, depth first, so siblings read in order.
 */
final class DivisionOrder {
  private final List<Division> divisions;
  private final Division moving;
  private final Map<Division, List<Division>> children = new HashMap<>();

  /** {@code divisions} are the law's live divisions; {@code moving} is one of them, or new. */
  DivisionOrder(List<Division> divisions, Division moving) {
    this.divisions = divisions;
    this.moving = moving;
    for (Division division : divisions) {
      if (division != moving) {
        children.computeIfAbsent(division.parent(), k -> new ArrayList<>()).add(division);
      }
    }
    children.values().forEach(list -> list.sort(Comparator.comparingInt(Division::ordinal)));
  }

  void place(DivisionPlace place) {
    Division parent;
    int index;
    if (place.after() != null) {
      Division anchor = live(place.after(), "after");
      outsideMoving(anchor, "after");
      parent = anchor.parent();
      index = children.get(parent).indexOf(anchor) + 1;
    } else if (place.parent() != null) {
      parent = live(place.parent(), "parent");
      outsideMoving(parent, "parent");
      index = 0;
    } else {
      parent = null;
      index = 0;
    }
    moving.placeUnder(parent);
    children.computeIfAbsent(parent, k -> new ArrayList<>()).add(index, moving);
    renumber(null, 0);
  }

  private Division live(String eId, String field) {
    return divisions.stream()
        .filter(d -> d.eId().equals(eId))
        .findFirst()
        .orElseThrow(() -> new LawNotFound(field, "no live division '" + eId + "'"));
  }

  /** A division cannot go after itself, or into itself or one of its own subdivisions. */
  private void outsideMoving(Division target, String field) {
    for (Division d = target; d != null; d = d.parent()) {
      if (d == moving) {
        throw DomainException.invalid(
            field, "division '" + moving.eId() + "' cannot be placed within or after itself");
      }
    }
  }

  private int renumber(Division parent, int next) {
    for (Division child : children.getOrDefault(parent, List.of())) {
      child.ordinal(next++);
      next = renumber(child, next);
    }
    return next;
  }
}
