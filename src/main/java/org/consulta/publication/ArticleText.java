package org.consulta.publication;

import java.util.ArrayList;
import java.util.List;

/** An article in one language: its displayed number, heading and paragraphs. */
public record ArticleText(int number, String heading, List<Paragraph> paragraphs) {
  public ArticleText {
    paragraphs = List.copyOf(paragraphs);
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
