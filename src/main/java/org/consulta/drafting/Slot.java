package org.consulta.drafting;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** A resolved place in a law: a division and a position key among its live articles. */
record Slot(Division division, String sortKey) {
  /**
   * Resolves a placement against the current revisions of a law in any one language (all languages
   * share one layout), leaving out {@code moving}, the article being moved if any.
   */
  static Slot resolve(
      Placement placement, Law law, Laws laws, List<ArticleRevision> heads, Article moving) {
    List<ArticleRevision> live =
        heads.stream()
            .filter(r -> !r.deleted() && !r.article().equals(moving))
            .sorted(Comparator.comparing(ArticleRevision::sortKey))
            .toList();
    if (placement.division() != null) {
      Division division = laws.division(law, placement.division());
      String first =
          live.stream()
              .filter(r -> r.division().equals(division))
              .map(ArticleRevision::sortKey)
              .findFirst()
              .orElse(null);
      return new Slot(division, SortKey.between("", first));
    }
    ArticleRevision anchor =
        live.stream()
            .filter(r -> r.article().eId().equals(placement.after()))
            .findFirst()
            .orElseThrow(
                () -> new LawNotFound("after", "no live article '" + placement.after() + "'"));
    String next =
        live.stream()
            .filter(r -> r.division().equals(anchor.division()))
            .map(ArticleRevision::sortKey)
            .filter(key -> key.compareTo(anchor.sortKey()) > 0)
            .findFirst()
            .orElse(null);
    return new Slot(anchor.division(), SortKey.between(anchor.sortKey(), next));
  }

  /**
   * Where a deleted article returns: its old division and key, unless a live article of that
   * division holds the same key, in which case right after that one.
   */
  static Slot restored(ArticleRevision deleted, List<ArticleRevision> heads) {
    List<String> keys =
        heads.stream()
            .filter(r -> !r.deleted() && r.division().equals(deleted.division()))
            .map(ArticleRevision::sortKey)
            .sorted()
            .toList();
    String key = deleted.sortKey();
    if (!keys.contains(key)) {
      return new Slot(deleted.division(), key);
    }
    String next = keys.stream().filter(k -> k.compareTo(key) > 0).findFirst().orElse(null);
    return new Slot(deleted.division(), SortKey.between(key, next));
  }

  Slot {
    Objects.requireNonNull(division);
    Objects.requireNonNull(sortKey);
  }
}
