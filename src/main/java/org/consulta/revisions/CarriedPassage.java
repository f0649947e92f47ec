package org.consulta.revisions;

import java.util.Objects;
import java.util.Optional;

/** Where a passage landed in a revised text, and how faithfully; no passage when orphaned. */
public record CarriedPassage(AnchorState state, Optional<Passage> passage) {

  public CarriedPassage {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(passage, "passage");
    if (passage.isEmpty() != (state == AnchorState.ORPHANED)) {
      throw new IllegalArgumentException("only an orphaned passage has no place: " + state);
    }
  }

  public static CarriedPassage at(AnchorState state, Passage passage) {
    return new CarriedPassage(state, Optional.of(passage));
  }

  public static CarriedPassage orphaned() {
    return new CarriedPassage(AnchorState.ORPHANED, Optional.empty());
  }
}
