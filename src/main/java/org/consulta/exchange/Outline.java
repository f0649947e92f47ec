package org.consulta.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Where each division and article of one language version sits, for comparing versions. */
final class Outline {
  /** The parent of top-level divisions; no eId is empty. */
  static final String TOP_LEVEL = "";

  private final String lang;
  private final Map<String, String> parents = new LinkedHashMap<>();
  private final Map<String, List<String>> children = new LinkedHashMap<>();
  private final Map<String, String> articleTexts = new LinkedHashMap<>();

  private Outline(String lang) {
    this.lang = lang;
  }

  static Outline of(DraftDocument document) {
    Outline outline = new Outline(document.lang());
    outline.add(TOP_LEVEL, document.body());
    return outline;
  }

  private void add(String parent, List<DraftNode> nodes) {
    for (DraftNode node : nodes) {
      parents.put(node.eId(), parent);
      children.computeIfAbsent(parent, key -> new ArrayList<>()).add(node.eId());
      if (node instanceof DraftDivision division) {
        add(division.eId(), division.children());
      } else if (node instanceof DraftArticle article) {
        articleTexts.put(article.eId(), article.text());
      }
    }
  }

  String lang() {
    return lang;
  }

  /** Every eId, in document order. */
  Set<String> eIds() {
    return parents.keySet();
  }

  boolean contains(String eId) {
    return parents.containsKey(eId);
  }

  String parentOf(String eId) {
    return parents.get(eId);
  }

  /** {@link #TOP_LEVEL} and every division that has children, in document order. */
  Set<String> parentsWithChildren() {
    return children.keySet();
  }

  List<String> childrenOf(String parent) {
    return children.getOrDefault(parent, List.of());
  }

  /** Article eId to text, in document order. */
  Map<String, String> articleTexts() {
    return articleTexts;
  }
}
