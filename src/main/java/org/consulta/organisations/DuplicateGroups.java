package org.consulta.organisations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Groups organisations that are likely one: the same normalised name (in any country, for a drafter
 * to judge), or one's acronym equal to another's normalised name or acronym in the same country
 * ("CIM" and "Comisión Interamericana de Mujeres", acronym CIM). A group holds two or more.
 */
public final class DuplicateGroups {
  private DuplicateGroups() {}

  /** What the grouping looks at of an organisation. */
  public record Candidate(long id, String normalisedName, String acronym, String country) {}

  public static List<List<Long>> of(List<Candidate> candidates) {
    Map<Long, Long> parent = new HashMap<>();
    candidates.forEach(c -> parent.put(c.id(), c.id()));
    Map<String, Long> byName = new HashMap<>();
    Map<String, Long> byCountryAndWord = new HashMap<>();
    for (Candidate c : candidates) {
      Long sameName = byName.putIfAbsent(c.normalisedName(), c.id());
      if (sameName != null) {
        union(parent, sameName, c.id());
      }
      // An acronym and a name of one word are both words that another's acronym may equal.
      link(parent, byCountryAndWord, key(c.country(), c.normalisedName()), c.id());
      if (c.acronym() != null) {
        String acronym = OrganisationNames.normalise(c.acronym());
        if (!acronym.isEmpty()) {
          link(parent, byCountryAndWord, key(c.country(), acronym), c.id());
        }
      }
    }
    Map<Long, List<Long>> groups = new TreeMap<>();
    candidates.stream()
        .map(Candidate::id)
        .sorted()
        .forEach(id -> groups.computeIfAbsent(root(parent, id), r -> new ArrayList<>()).add(id));
    return groups.values().stream()
        .filter(g -> g.size() > 1)
        .sorted(Comparator.comparing(g -> g.get(0)))
        .toList();
  }

  private static String key(String country, String word) {
    return Objects.requireNonNullElse(country, "") + "|" + word;
  }

  private static void link(Map<Long, Long> parent, Map<String, Long> seen, String key, long id) {
    Long other = seen.putIfAbsent(key, id);
    if (other != null && other != id) {
      union(parent, other, id);
    }
  }

  private static void union(Map<Long, Long> parent, long a, long b) {
    long ra = root(parent, a);
    long rb = root(parent, b);
    if (ra != rb) {
      parent.put(Math.max(ra, rb), Math.min(ra, rb));
    }
  }

  private static long root(Map<Long, Long> parent, long id) {
    long r = id;
    while (parent.get(r) != r) {
      r = parent.get(r);
    }
    return r;
  }
}
