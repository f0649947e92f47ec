package org.consulta.legislation;

import java.util.Optional;

/**
 * What the index needs to reflect the store again, judged from the two watermarks. Rows are never
 * deleted and stamps only grow, so an index behind the store can catch up on what was stamped
 * since; any other difference (no watermark, an index ahead of the store or with rows the store
 * lacks, as after a database restore) can only be repaired by a rebuild.
 */
enum IndexRepair {
  NONE,
  CATCH_UP,
  REBUILD;

  static IndexRepair needed(Optional<Watermark> indexed, Watermark stored) {
    if (indexed.isEmpty()) {
      return REBUILD;
    }
    Watermark index = indexed.get();
    if (index.equals(stored)) {
      return NONE;
    }
    boolean behind = index.stamp() < stored.stamp() && index.provisions() <= stored.provisions();
    return behind ? CATCH_UP : REBUILD;
  }
}
