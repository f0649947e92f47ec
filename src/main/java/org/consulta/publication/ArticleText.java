package org.consulta.publication;

import java.util.List;

/** An article in one language: its displayed number, heading and paragraphs. */
public record ArticleText(int number, String heading, List<Paragraph> paragraphs) {
  public ArticleText {
    paragraphs = List.copyOf(paragraphs);
  }
}
