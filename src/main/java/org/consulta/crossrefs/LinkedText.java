package org.consulta.crossrefs;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A text with its links to other articles. The text keeps the numbers it was written with; only the
 * links are trusted: a reader gets the text with each linked number replaced by the number the
 * target has in the law being read, so references follow every renumbering.
 */
public final class LinkedText {
  /**
   * A reference as read: its place in the shown text, its target and paragraph, and the target's
   * number there, null when the target is not in the law being read (deleted, or never found).
   */
  public record Shown(int start, int end, String target, Integer paragraph, Integer number) {
    public boolean broken() {
      return number == null;
    }
  }

  /** The text as a reader sees it, and its references. */
  public record Rendered(String text, List<Shown> references) {
    public Rendered {
      references = List.copyOf(references);
    }
  }

  private LinkedText() {}

  /**
   * Links the references of {@code text} to the articles that have their numbers now; {@code eIdOf}
   * answers null for a number no article has.
   */
  public static List<Link> link(String text, Function<Integer, String> eIdOf) {
    return ReferenceRecogniser.in(text).stream()
        .map(
            r ->
                new Link(
                    r.start(),
                    r.end(),
                    r.numberStart(),
                    r.numberEnd(),
                    eIdOf.apply(r.article()),
                    r.paragraph()))
        .toList();
  }

  /**
   * {@code text} with every linked number replaced by the target's number as {@code numberOf} gives
   * it (null when the target is not there: then the written number stays, marked broken).
   */
  public static Rendered render(String text, List<Link> links, Function<String, Integer> numberOf) {
    if (links.isEmpty()) {
      return new Rendered(text, List.of());
    }
    StringBuilder shown = new StringBuilder(text.length() + 8);
    List<Shown> references = new ArrayList<>(links.size());
    int copied = 0;
    for (Link link : links) {
      Integer number = link.target() == null ? null : numberOf.apply(link.target());
      shown.append(text, copied, link.start());
      int start = shown.length();
      shown.append(text, link.start(), link.numberStart());
      shown.append(
          number == null
              ? text.substring(link.numberStart(), link.numberEnd())
              : number.toString());
      shown.append(text, link.numberEnd(), link.end());
      references.add(new Shown(start, shown.length(), link.target(), link.paragraph(), number));
      copied = link.end();
    }
    shown.append(text, copied, text.length());
    return new Rendered(shown.toString(), references);
  }
}
