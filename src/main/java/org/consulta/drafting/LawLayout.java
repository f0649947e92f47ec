package org.consulta.drafting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A law's articles in reading order: divisions in their order, depth first, and within a division
 * its articles by position key. Displayed article numbers are derived from that order, so they
 * follow every insertion, move and deletion without being stored.
 */
public final class LawLayout {
  /** A live article with the number a reader sees. */
  public record Placed(ArticleRevision revision, int number) {
    public String eId() {
      return revision.article().eId();
    }
  }

  private final Map<Long, List<Division>> childDivisions = new HashMap<>();
  private final Map<Long, List<Placed>> articlesByDivision = new HashMap<>();
  private final List<Placed> reading = new ArrayList<>();

  private static final Long TOP = -1L;

  private LawLayout(List<Division> divisions, List<ArticleRevision> revisions) {
    for (Division division : divisions) {
      Long parent = division.parent() == null ? TOP : division.parent().id();
      childDivisions.computeIfAbsent(parent, k -> new ArrayList<>()).add(division);
    }
    childDivisions.values().forEach(list -> list.sort(Comparator.comparingInt(Division::ordinal)));
    Map<Long, List<ArticleRevision>> live = new HashMap<>();
    for (ArticleRevision revision : revisions) {
      if (!revision.deleted()) {
        live.computeIfAbsent(revision.division().id(), k -> new ArrayList<>()).add(revision);
      }
    }
    live.values().forEach(list -> list.sort(Comparator.comparing(ArticleRevision::sortKey)));
    number(childDivisions.getOrDefault(TOP, List.of()), live);
  }

  public static LawLayout of(List<Division> divisions, List<ArticleRevision> revisions) {
    return new LawLayout(divisions, revisions);
  }

  /** Where a live article sits: its division and its position key there. */
  public record Position(Long division, String sortKey) {}

  /**
   * The number a reader sees for the article at {@code position} among the live articles at {@code
   * others}: what {@link #of} would number it, without reading any other article's text. Empty when
   * its division is not in the tree.
   */
  public static OptionalInt numberAmong(
      List<Division> divisions, Position position, List<Position> others) {
    var tree = new LawLayout(divisions, List.of());
    Map<Long, Integer> rank = new HashMap<>();
    tree.rank(tree.topDivisions(), rank);
    Integer own = rank.get(position.division());
    if (own == null) {
      return OptionalInt.empty();
    }
    int before = 0;
    for (Position other : others) {
      Integer r = rank.get(other.division());
      if (r != null
          && (r < own || r.equals(own) && other.sortKey().compareTo(position.sortKey()) < 0)) {
        before++;
      }
    }
    return OptionalInt.of(before + 1);
  }

  /**
   * The number a reader sees for each live article at {@code places} (by eId): what {@link #of}
   * would give, from places alone, without reading any text. Articles whose division is not in the
   * tree get none.
   */
  public static Map<String, Integer> numbersAt(
      List<Division> divisions, Map<String, Position> places) {
    var tree = new LawLayout(divisions, List.of());
    Map<Long, Integer> rank = new HashMap<>();
    tree.rank(tree.topDivisions(), rank);
    List<Map.Entry<String, Position>> placed = new ArrayList<>();
    for (var entry : places.entrySet()) {
      if (rank.containsKey(entry.getValue().division())) {
        placed.add(entry);
      }
    }
    placed.sort(
        Comparator.comparing((Map.Entry<String, Position> e) -> rank.get(e.getValue().division()))
            .thenComparing(e -> e.getValue().sortKey()));
    Map<String, Integer> numbers = new HashMap<>();
    for (var entry : placed) {
      numbers.put(entry.getKey(), numbers.size() + 1);
    }
    return numbers;
  }

  /** Divisions in reading order: a division's own articles come before its subdivisions'. */
  private void rank(List<Division> level, Map<Long, Integer> rank) {
    for (Division division : level) {
      rank.put(division.id(), rank.size());
      rank(divisionsIn(division), rank);
    }
  }

  private void number(List<Division> level, Map<Long, List<ArticleRevision>> live) {
    for (Division division : level) {
      List<Placed> placed = new ArrayList<>();
      for (ArticleRevision revision : live.getOrDefault(division.id(), List.of())) {
        Placed article = new Placed(revision, reading.size() + 1);
        reading.add(article);
        placed.add(article);
      }
      articlesByDivision.put(division.id(), placed);
      number(childDivisions.getOrDefault(division.id(), List.of()), live);
    }
  }

  public List<Division> topDivisions() {
    return childDivisions.getOrDefault(TOP, List.of());
  }

  public List<Division> divisionsIn(Division parent) {
    return childDivisions.getOrDefault(parent.id(), List.of());
  }

  public List<Placed> articlesIn(Division division) {
    return articlesByDivision.getOrDefault(division.id(), List.of());
  }

  /** Every live article, in reading order. */
  public List<Placed> articles() {
    return List.copyOf(reading);
  }

  /** The number each live article has, by eId. */
  public Map<String, Integer> numbers() {
    Map<String, Integer> numbers = new HashMap<>();
    reading.forEach(p -> numbers.put(p.eId(), p.number()));
    return numbers;
  }

  public Optional<Placed> article(String eId) {
    return reading.stream().filter(p -> p.eId().equals(eId)).findFirst();
  }
}
