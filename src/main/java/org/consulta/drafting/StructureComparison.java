package org.consulta.drafting;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.consulta.revisions.DiffOp;
import org.consulta.revisions.WordDiff;

/**
 * What changed in a law's divisions, title and preamble between two states, in one language:
 * divisions added, deleted, moved or renamed (matched by eId), and a word diff of a changed title
 * or preamble.
 */
public final class StructureComparison {
  /** How a division differs; it can be moved and renamed at once. */
  public enum Status {
    ADDED,
    DELETED,
    MOVED,
    RENAMED
  }

  /** One division that differs; the side it is absent from has a null parent and heading. */
  public record DivisionChange(
      String eId,
      String kind,
      Set<Status> statuses,
      String fromParent,
      String toParent,
      String fromHeading,
      String toHeading,
      List<DiffOp> heading) {}

  /** A changed title or preamble: the revisions compared and the word diff between them. */
  public record TextChange(int fromRevision, int toRevision, List<DiffOp> text) {
    /** The change from {@code a} to {@code b}, or null when the text is the same. */
    static TextChange of(LawTextRevision a, LawTextRevision b) {
      if (a == null || b == null || a.body().equals(b.body())) {
        return null;
      }
      return new TextChange(a.number(), b.number(), WordDiff.between(a.body(), b.body()));
    }
  }

  private StructureComparison() {}

  /**
   * The differing divisions in the reading order of {@code to}, each deleted one right after the
   * division that preceded it in {@code from}. Both lists are in reading order. A division moved
   * when its parent changed or when the sibling before it, among those both sides hold, is another.
   */
  public static List<DivisionChange> divisions(
      List<Division> from, List<Division> to, Language lang) {
    Map<String, Division> before = byEId(from);
    Map<String, Division> after = byEId(to);
    Map<String, String> previousBefore = previousSiblings(from, after.keySet());
    Map<String, String> previousAfter = previousSiblings(to, before.keySet());
    Map<String, List<Division>> deletedAfter =
        DeletedInPlace.byPredecessor(from, after.keySet(), Division::eId);
    List<DivisionChange> changes = new ArrayList<>();
    deletedAfter.getOrDefault(null, List.of()).forEach(d -> changes.add(deleted(d, lang)));
    for (Division now : to) {
      Division was = before.get(now.eId());
      if (was == null) {
        changes.add(
            new DivisionChange(
                now.eId(),
                now.kind().label(),
                EnumSet.of(Status.ADDED),
                null,
                parent(now),
                null,
                now.heading(lang),
                WordDiff.between("", now.heading(lang))));
      } else {
        Set<Status> statuses = EnumSet.noneOf(Status.class);
        if (!Objects.equals(parent(was), parent(now))
            || !Objects.equals(previousBefore.get(was.eId()), previousAfter.get(now.eId()))) {
          statuses.add(Status.MOVED);
        }
        boolean renamed = !was.heading(lang).equals(now.heading(lang));
        if (renamed) {
          statuses.add(Status.RENAMED);
        }
        if (!statuses.isEmpty()) {
          changes.add(
              new DivisionChange(
                  now.eId(),
                  now.kind().label(),
                  statuses,
                  parent(was),
                  parent(now),
                  was.heading(lang),
                  now.heading(lang),
                  renamed ? WordDiff.between(was.heading(lang), now.heading(lang)) : List.of()));
        }
      }
      deletedAfter.getOrDefault(now.eId(), List.of()).forEach(d -> changes.add(deleted(d, lang)));
    }
    return changes;
  }

  private static DivisionChange deleted(Division was, Language lang) {
    return new DivisionChange(
        was.eId(),
        was.kind().label(),
        EnumSet.of(Status.DELETED),
        parent(was),
        null,
        was.heading(lang),
        null,
        WordDiff.between(was.heading(lang), ""));
  }

  /** For each division, the eId of the nearest earlier sibling that {@code common} holds. */
  private static Map<String, String> previousSiblings(
      List<Division> divisions, Set<String> common) {
    Map<String, String> lastSeen = new HashMap<>();
    Map<String, String> previous = new HashMap<>();
    for (Division division : divisions) {
      String parent = Objects.toString(parent(division), "");
      if (lastSeen.containsKey(parent)) {
        previous.put(division.eId(), lastSeen.get(parent));
      }
      if (common.contains(division.eId())) {
        lastSeen.put(parent, division.eId());
      }
    }
    return previous;
  }

  private static String parent(Division division) {
    return division.parent() == null ? null : division.parent().eId();
  }

  private static Map<String, Division> byEId(List<Division> divisions) {
    return divisions.stream()
        .collect(Collectors.toMap(Division::eId, Function.identity(), (x, y) -> x));
  }
}
