package org.consulta.exchange;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a {@link DraftDocument} in the canonical form of drafts/README.md, so that a canonical
 * file read by {@link DraftParser} is written back byte for byte.
 */
public final class DraftWriter {
  /**
   * @throws IllegalArgumentException if the language is not one of {@link DraftLanguage} or the
   *     divisions nest deeper than four heading levels allow
   */
  public String write(DraftDocument document) {
    DraftLanguage language =
        DraftLanguage.fromCode(document.lang())
            .orElseThrow(
                () -> new IllegalArgumentException("not a draft language: " + document.lang()));
    // Canonical form: every block separated by one blank line, and one newline at the end.
    List<String> blocks = new ArrayList<>();
    blocks.add(frontMatter(document));
    if (document.preamble() != null) {
      blocks.add(HeadingLine.format(1, language.preambleWord(), BodyReader.PREAMBLE_EID));
      addText(blocks, document.preamble());
    }
    for (DraftNode node : document.body()) {
      addNode(blocks, node, 1, language);
    }
    return String.join("\n\n", blocks) + "\n";
  }

  private static String frontMatter(DraftDocument document) {
    return String.join(
        "\n",
        "---",
        "law: " + document.law(),
        "lang: " + document.lang(),
        "title: " + document.title(),
        "work: " + document.work(),
        "topic: " + document.topic(),
        "---");
  }

  private static void addNode(
      List<String> blocks, DraftNode node, int level, DraftLanguage language) {
    if (level > HeadingLine.MAX_LEVEL) {
      throw new IllegalArgumentException(
          node.eId() + " is nested deeper than " + HeadingLine.MAX_LEVEL + " heading levels");
    }
    if (node instanceof DraftDivision division) {
      blocks.add(HeadingLine.format(level, division.heading(), division.eId()));
      for (DraftNode child : division.children()) {
        addNode(blocks, child, level + 1, language);
      }
    } else if (node instanceof DraftArticle article) {
      String heading = language.articleWord() + " " + article.number() + ". " + article.heading();
      blocks.add(HeadingLine.format(level, heading, article.eId()));
      addText(blocks, article.text());
    }
  }

  /** An empty text adds no block, which would otherwise leave two blank lines in a row. */
  private static void addText(List<String> blocks, String text) {
    if (!text.isEmpty()) {
      blocks.add(text);
    }
  }
}
