package org.consulta.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.consulta.revisions.DiffOp;

/**
 * A paragraph of an article's redline, laid out as legal text: the word diff of the whole text cut
 * where the text has a blank line, and the paragraph's number ({@code 2.}, {@code c)}, as the
 * earlier and the later text have it) apart from its words, so that every format hangs it as the
 * edition does. Shared by the comparative table's formats.
 *
 * @param kind how the paragraph now reads (how it read, if deleted whole)
 * @param num the diff of the number, without the space after it; empty when neither text numbers
 *     the paragraph
 * @param text the diff of the rest
 */
public record RedlineParagraph(Kind kind, List<DiffOp> num, List<DiffOp> text) {
  /**
   * The edition's numbers, as {@link ArticleBody} reads them; or at the end of the text, where the
   * diff of two paragraphs may cut one side short.
   */
  private static final Pattern NUMBER = Pattern.compile("(\\d+\\.|[a-z]{1,3}\\))(?:\\s+|$)");

  public enum Kind {
    /** Without a number. */
    BODY,
    /** {@code 1. …} */
    NUMBERED,
    /** {@code a) …} */
    ITEM
  }

  public RedlineParagraph {
    num = List.copyOf(num);
    text = List.copyOf(text);
  }

  /** The redline of a text, paragraph by paragraph. */
  public static List<RedlineParagraph> of(List<DiffOp> ops) {
    return blocks(ops).stream().map(RedlineParagraph::hung).toList();
  }

  /** The diff cut into paragraphs where the text has a blank line. */
  private static List<List<DiffOp>> blocks(List<DiffOp> ops) {
    List<List<DiffOp>> blocks = new ArrayList<>();
    List<DiffOp> current = new ArrayList<>();
    for (DiffOp op : ops) {
      String[] pieces = op.text().split("\n\\s*\n", -1);
      for (int i = 0; i < pieces.length; i++) {
        if (i > 0) {
          blocks.add(current);
          current = new ArrayList<>();
        }
        if (!pieces[i].isEmpty()) {
          current.add(new DiffOp(op.kind(), pieces[i]));
        }
      }
    }
    blocks.add(current);
    return blocks.stream().filter(b -> !b.isEmpty()).toList();
  }

  /**
   * Takes the number off the front of the paragraph on each side of the diff: every op, or the
   * start of it, that lies within the number of the texts it belongs to. A side stops giving to the
   * number at its first word of text, so that neither text is read out of order. The number itself
   * is shown whole, the earlier one struck out and the later one inserted if they differ, rather
   * than as the diff of its characters ({@code g} deleted, {@code h} inserted, {@code )} equal).
   */
  private static RedlineParagraph hung(List<DiffOp> block) {
    String earlier = side(block, DiffOp.Kind.INSERT);
    String later = side(block, DiffOp.Kind.DELETE);
    Kind kind = kind(later.isBlank() ? earlier : later);
    Matcher was = NUMBER.matcher(earlier);
    Matcher is = NUMBER.matcher(later);
    boolean numbered = was.lookingAt();
    boolean renumbered = is.lookingAt();
    int[] left = {numbered ? was.end() : 0, renumbered ? is.end() : 0};
    List<DiffOp> text = new ArrayList<>();
    for (DiffOp op : block) {
      boolean inEarlier = op.kind() != DiffOp.Kind.INSERT;
      boolean inLater = op.kind() != DiffOp.Kind.DELETE;
      int room =
          Math.min(inEarlier ? left[0] : Integer.MAX_VALUE, inLater ? left[1] : Integer.MAX_VALUE);
      int cut = Math.min(room, op.text().length());
      if (cut < op.text().length()) {
        String rest = op.text().substring(cut);
        if (!text.isEmpty() || !rest.isBlank()) {
          text.add(new DiffOp(op.kind(), text.isEmpty() ? rest.stripLeading() : rest));
        }
        // This side's text has begun: nothing more of it belongs to the number.
        cut = Integer.MAX_VALUE / 2;
      }
      left[0] = inEarlier ? Math.max(0, left[0] - cut) : left[0];
      left[1] = inLater ? Math.max(0, left[1] - cut) : left[1];
    }
    List<DiffOp> num = new ArrayList<>();
    if (numbered && renumbered && was.group(1).equals(is.group(1))) {
      num.add(new DiffOp(DiffOp.Kind.EQUAL, is.group(1)));
    } else {
      if (numbered) {
        num.add(new DiffOp(DiffOp.Kind.DELETE, was.group(1)));
      }
      if (renumbered) {
        num.add(new DiffOp(DiffOp.Kind.INSERT, is.group(1)));
      }
    }
    return new RedlineParagraph(kind, num, text);
  }

  /** The text of one side of the diff: the ops other than {@code without}. */
  private static String side(List<DiffOp> block, DiffOp.Kind without) {
    return block.stream()
        .filter(op -> op.kind() != without)
        .map(DiffOp::text)
        .collect(Collectors.joining());
  }

  private static Kind kind(String shown) {
    Matcher numbered = NUMBER.matcher(shown);
    if (!numbered.lookingAt()) {
      return Kind.BODY;
    }
    return Character.isDigit(shown.charAt(0)) ? Kind.NUMBERED : Kind.ITEM;
  }
}
