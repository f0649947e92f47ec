package org.consulta.publication;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gives every division and article of an imported law an eId of the engine's shape ({@code art_12},
 * {@code chp_3}: the prefix of its kind and a number), unique in the law. A document's eId is kept
 * when its last component ({@code art_1} of {@code cmpnts__cmp_1__art_1}) has that shape and is not
 * taken; the others get the lowest free number, in reading order.
 */
final class AknEIds {
  private static final Pattern NUMBERED = Pattern.compile("[a-z]+_[1-9][0-9]{0,8}");
  private final Set<String> taken = new HashSet<>();
  private final Map<String, Integer> next = new HashMap<>();

  void assign(List<AknBody.Node> divisions) {
    keep(divisions);
    fill(divisions);
  }

  private void keep(List<AknBody.Node> divisions) {
    for (AknBody.Node division : divisions) {
      division.eId = kept(division.source, division.kind.prefix());
      division.articles.forEach(a -> a.eId = kept(a.source, "art"));
      keep(division.children);
    }
  }

  private void fill(List<AknBody.Node> divisions) {
    for (AknBody.Node division : divisions) {
      if (division.eId == null) {
        division.eId = free(division.kind.prefix());
      }
      division.articles.stream().filter(a -> a.eId == null).forEach(a -> a.eId = free("art"));
      fill(division.children);
    }
  }

  /** The last component of the document's eId, if it has the shape and is not yet taken. */
  private String kept(String source, String prefix) {
    if (source == null) {
      return null;
    }
    int cut = source.lastIndexOf("__");
    String last = cut < 0 ? source : source.substring(cut + 2);
    boolean shaped = NUMBERED.matcher(last).matches() && last.startsWith(prefix + "_");
    return shaped && taken.add(last) ? last : null;
  }

  private String free(String prefix) {
    int n = next.getOrDefault(prefix, 1);
    while (taken.contains(prefix + "_" + n)) {
      n++;
    }
    next.put(prefix, n + 1);
    String eId = prefix + "_" + n;
    taken.add(eId);
    return eId;
  }
}
