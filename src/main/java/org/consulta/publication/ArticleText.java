package org.consulta.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An article in one language: its displayed number, heading and paragraphs, and the articles its
 * text refers to, by the number shown ({@code targets}: number → eId).
 */
public record ArticleText(
    int number, String heading, List<Paragraph> paragraphs, Map<Integer, String> targets) {
  public ArticleText {
    paragraphs = List.copyOf(paragraphs);
    targets = Map.copyOf(targets);
  }

  /** An article whose text refers to no other article. */
  public ArticleText(int number, String heading, List<Paragraph> paragraphs) {
    this(number, heading, paragraphs, Map.of());
  }

  /** The text as the engine stores it: paragraphs and items, each block after a blank line. */
  public String plain() {
    List<String> blocks = new ArrayList<>();
    for (Paragraph paragraph : paragraphs) {
      String lead = paragraph.num() == null ? "" : paragraph.num() + " ";
      if (!(lead + paragraph.text()).isEmpty()) {
        blocks.add(lead + paragraph.text());
      }
      paragraph.points().forEach(point -> blocks.add(point.num() + " " + point.text()));
    }
    return String.join("\n\n", blocks);
  }
}
