package org.consulta.publication;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.consulta.drafting.LawComparison.Status;
import org.consulta.revisions.DiffOp;

/**
 * One article of a comparative table: the earlier and the later text (null on the side it is absent
 * from), how it differs (no status: unchanged), the division it sits in, and the word diff of its
 * heading and text.
 */
public record ComparisonRow(
    String eId,
    Set<Status> statuses,
    Heading division,
    ArticleText before,
    ArticleText after,
    List<DiffOp> heading,
    List<DiffOp> text) {
  public ComparisonRow {
    // In the enum's order, so that every format lists them alike.
    EnumSet<Status> ordered = EnumSet.noneOf(Status.class);
    ordered.addAll(statuses);
    statuses = Collections.unmodifiableSet(ordered);
    heading = List.copyOf(heading);
    text = List.copyOf(text);
  }

  public boolean unchanged() {
    return statuses.isEmpty();
  }

  /** Whether the article reads the same in both texts, wherever it stands and by any number. */
  public boolean sameWords() {
    return before != null && after != null && !statuses.contains(Status.CHANGED);
  }

  /** The length of its longest text: the earlier, the later, or the redline that holds both. */
  public int longestText() {
    int redline = text.stream().mapToInt(op -> op.text().length()).sum();
    return Math.max(
        redline,
        Math.max(
            before == null ? 0 : before.plain().length(),
            after == null ? 0 : after.plain().length()));
  }

  /**
   * The article's number as a diff: the same on both sides, or the earlier one deleted and the
   * later one inserted (only one of them for an article added or deleted).
   */
  public List<DiffOp> number() {
    Integer was = before == null ? null : before.number();
    Integer is = after == null ? null : after.number();
    if (was != null && was.equals(is)) {
      return List.of(new DiffOp(DiffOp.Kind.EQUAL, String.valueOf(is)));
    }
    List<DiffOp> number = new ArrayList<>();
    if (was != null) {
      number.add(new DiffOp(DiffOp.Kind.DELETE, String.valueOf(was)));
    }
    if (is != null) {
      number.add(new DiffOp(DiffOp.Kind.INSERT, String.valueOf(is)));
    }
    return number;
  }
}
