package org.consulta.revisions;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch.Diff;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch.Operation;

/** Word-level diffs: changes are reported in whole words, never in parts of one. */
public final class WordDiff {

  private static final int SURROGATE_COUNT = Character.MAX_SURROGATE - Character.MIN_SURROGATE + 1;

  /** Distinct units that fit in one char each once the surrogate range is skipped. */
  private static final int CODE_CAPACITY = Character.MAX_VALUE + 1 - SURROGATE_COUNT;

  private WordDiff() {}

  /** The ops that turn {@code before} into {@code after}, adjacent ops never of the same kind. */
  public static List<DiffOp> between(String before, String after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    if (before.isEmpty() || after.isEmpty() || before.equals(after)) {
      return whole(before, after);
    }
    List<String> beforeTokens = WordTokenizer.split(before);
    List<String> afterTokens = WordTokenizer.split(after);
    LinkedList<Diff> diffs = diffTokens(beforeTokens, afterTokens);
    MyersDiff.LIBRARY.diffCleanupSemantic(diffs);
    // The cleanup works on characters and may cut words again (e.g. factoring out "ts" of
    // "cats" -> "tsunami"), so widen every change back to whole tokens.
    return alignToTokens(
        diffs,
        before,
        after,
        WordTokenizer.boundaries(beforeTokens),
        WordTokenizer.boundaries(afterTokens));
  }

  /** The ops when one text is empty or both are the same: no word to compare. */
  private static List<DiffOp> whole(String before, String after) {
    if (before.equals(after)) {
      return before.isEmpty() ? List.of() : List.of(new DiffOp(DiffOp.Kind.EQUAL, before));
    }
    List<DiffOp> ops = new ArrayList<>();
    append(ops, DiffOp.Kind.DELETE, before);
    append(ops, DiffOp.Kind.INSERT, after);
    return List.copyOf(ops);
  }

  /**
   * The ops as edits in before-text coordinates, sorted and non-overlapping: each run of deletes
   * and inserts between two equal ops becomes one edit.
   */
  public static List<TextEdit> edits(List<DiffOp> ops) {
    List<TextEdit> edits = new ArrayList<>();
    int position = 0;
    int changeStart = -1;
    StringBuilder replacement = new StringBuilder();
    for (DiffOp op : ops) {
      if (op.text().isEmpty()) {
        continue;
      }
      if (op.kind() == DiffOp.Kind.EQUAL) {
        if (changeStart >= 0) {
          edits.add(new TextEdit(changeStart, position, replacement.toString()));
          changeStart = -1;
          replacement.setLength(0);
        }
        position += op.text().length();
        continue;
      }
      if (changeStart < 0) {
        changeStart = position;
      }
      if (op.kind() == DiffOp.Kind.DELETE) {
        position += op.text().length();
      } else {
        replacement.append(op.text());
      }
    }
    if (changeStart >= 0) {
      edits.add(new TextEdit(changeStart, position, replacement.toString()));
    }
    return edits;
  }

  /** The ops that turn the after text back into the before text. */
  public static List<DiffOp> inverse(List<DiffOp> ops) {
    return ops.stream().map(op -> new DiffOp(inverse(op.kind()), op.text())).toList();
  }

  private static DiffOp.Kind inverse(DiffOp.Kind kind) {
    return switch (kind) {
      case EQUAL -> DiffOp.Kind.EQUAL;
      case INSERT -> DiffOp.Kind.DELETE;
      case DELETE -> DiffOp.Kind.INSERT;
    };
  }

  private static LinkedList<Diff> diffTokens(List<String> before, List<String> after) {
    return encodedDiff(before, after).orElseGet(() -> diffLinesThenTokens(before, after));
  }

  /**
   * For texts with more distinct words than chars to encode them: diffs whole lines, then each
   * changed block of lines by word, as diff-match-patch's own line mode does.
   */
  private static LinkedList<Diff> diffLinesThenTokens(List<String> before, List<String> after) {
    Optional<LinkedList<Diff>> byLine = encodedDiff(lines(before), lines(after));
    if (byLine.isEmpty() || byLine.get().stream().noneMatch(d -> d.operation == Operation.EQUAL)) {
      // No common line to split the problem on; characters always fit.
      return MyersDiff.between(String.join("", before), String.join("", after));
    }
    LinkedList<Diff> diffs = new LinkedList<>();
    StringBuilder deleted = new StringBuilder();
    StringBuilder inserted = new StringBuilder();
    for (Diff diff : byLine.get()) {
      switch (diff.operation) {
        case DELETE -> deleted.append(diff.text);
        case INSERT -> inserted.append(diff.text);
        case EQUAL -> {
          diffs.addAll(diffTokens(tokens(deleted), tokens(inserted)));
          deleted.setLength(0);
          inserted.setLength(0);
          diffs.add(diff);
        }
      }
    }
    diffs.addAll(diffTokens(tokens(deleted), tokens(inserted)));
    MyersDiff.LIBRARY.diffCleanupMerge(diffs);
    return diffs;
  }

  private static List<String> tokens(CharSequence text) {
    return WordTokenizer.split(text.toString());
  }

  /** Groups tokens into lines, so lines start and end on token boundaries. */
  private static List<String> lines(List<String> tokens) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String token : tokens) {
      line.append(token);
      if (token.indexOf('\n') >= 0) {
        lines.add(line.toString());
        line.setLength(0);
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** Diffs unit sequences char by char; empty when there are more distinct units than chars. */
  private static Optional<LinkedList<Diff>> encodedDiff(List<String> before, List<String> after) {
    UnitCodes codes = new UnitCodes();
    Optional<String> encodedBefore = codes.encode(before);
    Optional<String> encodedAfter = codes.encode(after);
    if (encodedBefore.isEmpty() || encodedAfter.isEmpty()) {
      return Optional.empty();
    }
    LinkedList<Diff> diffs = MyersDiff.between(encodedBefore.get(), encodedAfter.get());
    decode(diffs, new Units(before), new Units(after));
    return Optional.of(diffs);
  }

  /** Replaces each diff's codes by the units they stand for, cut from the texts they came from. */
  private static void decode(List<Diff> diffs, Units before, Units after) {
    int inBefore = 0;
    int inAfter = 0;
    for (Diff diff : diffs) {
      int count = diff.text.length();
      if (diff.operation == Operation.INSERT) {
        diff.text = after.text(inAfter, inAfter + count);
        inAfter += count;
      } else {
        diff.text = before.text(inBefore, inBefore + count);
        inBefore += count;
        if (diff.operation == Operation.EQUAL) {
          inAfter += count;
        }
      }
    }
  }

  /**
   * Rebuilds the diff so that every equal run starts and ends on a token boundary of both texts,
   * handing partial words at its edges to the neighbouring change. Equal runs left empty vanish,
   * merging the changes around them.
   */
  private static List<DiffOp> alignToTokens(
      List<Diff> diffs, String before, String after, BitSet beforeBounds, BitSet afterBounds) {
    List<DiffOp> ops = new ArrayList<>();
    int inBefore = 0;
    int inAfter = 0;
    int keptBefore = 0; // where the last equal run kept ends
    int keptAfter = 0;
    for (Diff diff : diffs) {
      int length = diff.text.length();
      if (diff.operation == Operation.EQUAL) {
        int start = 0;
        while (start < length
            && !(beforeBounds.get(inBefore + start) && afterBounds.get(inAfter + start))) {
          start++;
        }
        int end = length;
        while (end > start
            && !(beforeBounds.get(inBefore + end) && afterBounds.get(inAfter + end))) {
          end--;
        }
        if (start < end) {
          append(ops, DiffOp.Kind.DELETE, before.substring(keptBefore, inBefore + start));
          append(ops, DiffOp.Kind.INSERT, after.substring(keptAfter, inAfter + start));
          append(ops, DiffOp.Kind.EQUAL, diff.text.substring(start, end));
          keptBefore = inBefore + end;
          keptAfter = inAfter + end;
        }
      }
      if (diff.operation != Operation.INSERT) {
        inBefore += length;
      }
      if (diff.operation != Operation.DELETE) {
        inAfter += length;
      }
    }
    append(ops, DiffOp.Kind.DELETE, before.substring(keptBefore));
    append(ops, DiffOp.Kind.INSERT, after.substring(keptAfter));
    return List.copyOf(ops);
  }

  private static void append(List<DiffOp> ops, DiffOp.Kind kind, String text) {
    if (text.isEmpty()) {
      return;
    }
    int last = ops.size() - 1;
    if (last >= 0 && ops.get(last).kind() == kind) {
      ops.set(last, new DiffOp(kind, ops.get(last).text() + text));
    } else {
      ops.add(new DiffOp(kind, text));
    }
  }

  /** Gives each distinct unit a char of its own, like diff-match-patch's linesToChars. */
  private static final class UnitCodes {
    private final Map<String, Character> codes = new HashMap<>();

    /** One char per unit, or empty once there are more distinct units than chars. */
    Optional<String> encode(List<String> sequence) {
      StringBuilder encoded = new StringBuilder(sequence.size());
      for (String unit : sequence) {
        Character code = codes.get(unit);
        if (code == null) {
          int index = codes.size();
          if (index == CODE_CAPACITY) {
            return Optional.empty();
          }
          // Skipping surrogates keeps the encoded strings well-formed UTF-16.
          code = (char) (index < Character.MIN_SURROGATE ? index : index + SURROGATE_COUNT);
          codes.put(unit, code);
        }
        encoded.append(code.charValue());
      }
      return Optional.of(encoded.toString());
    }
  }

  /** A sequence of units joined, cut again by unit index without joining them one by one. */
  private static final class Units {
    private final String joined;
    private final int[] starts;

    Units(List<String> units) {
      starts = new int[units.size() + 1];
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < units.size(); i++) {
        starts[i] = text.length();
        text.append(units.get(i));
      }
      starts[units.size()] = text.length();
      joined = text.toString();
    }

    String text(int fromUnit, int toUnit) {
      return joined.substring(starts[fromUnit], starts[toUnit]);
    }
  }
}
