package org.consulta.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads Akoma Ntoso markup back into Consulta's plain text: blocks separated by blank lines, each
 * numbered block led by its number ({@code 1. …}, {@code a) …}), as articles and preambles are
 * stored. Inline markup (references, quoted text, definitions) keeps only its words; footnotes are
 * left out; line breaks and the indentation around them become one space, as {@link
 * org.consulta.publication.ArticleBody} reads a stored text.
 */
final class AknText {
  /** Elements whose words are not the text itself: notes, and parts read by the caller. */
  private static final Set<String> LEFT_OUT =
      Set.of("authorialNote", "num", "heading", "subheading", "componentRef", "meta");

  /** Elements that hold inline content, so each is one block whatever its children. */
  private static final Set<String> BLOCKS =
      Set.of(
          "p", "block", "listIntroduction", "listWrapUp", "li", "td", "th", "caption", "tocItem");

  private AknText() {}

  /** The text of an element as one line: its words, breaks and indentation as single spaces. */
  static String inline(Element element) {
    StringBuilder text = new StringBuilder();
    words(element, text);
    return text.toString().replaceAll("\\s*\n\\s*", " ").strip();
  }

  private static void words(Node node, StringBuilder into) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        into.append(child.getNodeValue());
      } else if (child instanceof Element e && !e.getLocalName().equals("authorialNote")) {
        words(e, into);
      }
    }
  }

  /**
   * An element's number and heading as one line, {@code num. heading}, as the engine stores a
   * division's heading: the number without the punctuation that ends it ({@code CHAPTER 3—}).
   */
  static String headingLine(Element element) {
    String num =
        AknDom.child(element, "num")
            .map(AknText::inline)
            .map(n -> n.replaceAll("[\\s.:\u2014\u2013-]+$", ""))
            .orElse("");
    String heading = AknDom.child(element, "heading").map(AknText::inline).orElse("");
    if (num.isEmpty() || heading.isEmpty()) {
      return num + heading;
    }
    return num + ". " + heading;
  }

  /** The blocks of an element's content, its own number and heading left to the caller. */
  static List<String> blocks(Element element) {
    List<String> blocks = new ArrayList<>();
    for (Element child : AknDom.children(element)) {
      collect(child, blocks);
    }
    return blocks;
  }

  /** The blocks of an element's content, joined as a stored text is. */
  static String text(Element element) {
    return String.join("\n\n", blocks(element));
  }

  private static void collect(Element element, List<String> into) {
    String name = element.getLocalName();
    if (LEFT_OUT.contains(name)) {
      return;
    }
    if (BLOCKS.contains(name) || hasOwnWords(element)) {
      String text = inline(element);
      if (!text.isEmpty()) {
        into.add(text);
      }
      return;
    }
    List<String> inner = blocks(element);
    String num = AknDom.child(element, "num").map(AknText::inline).orElse("");
    Optional<String> heading =
        AknDom.child(element, "heading").map(AknText::inline).filter(h -> !h.isEmpty());
    if (heading.isPresent()) {
      into.add(num.isEmpty() ? heading.get() : num + " " + heading.get());
      into.addAll(inner);
    } else if (num.isEmpty()) {
      into.addAll(inner);
    } else if (inner.isEmpty()) {
      into.add(num);
    } else {
      into.add(num + " " + inner.get(0));
      into.addAll(inner.subList(1, inner.size()));
    }
  }

  private static boolean hasOwnWords(Element element) {
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE && !child.getNodeValue().isBlank()) {
        return true;
      }
    }
    return false;
  }
}
