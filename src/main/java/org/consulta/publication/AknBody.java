package org.consulta.publication;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.consulta.drafting.ArticleArrangement;
import org.consulta.drafting.DivisionKind;
import org.consulta.drafting.Language;
import org.consulta.drafting.NewLaw;
import org.consulta.platform.DomainException;
import org.w3c.dom.Element;

/**
 * Reads the body of an act or bill into Consulta's divisions and articles.
 *
 * <ul>
 *   <li>The article is {@code <article>}; a document without any (UK, US, South African acts)
 *       numbers its provisions as {@code <section>}, then {@code <clause>}, then {@code
 *       <paragraph>}: the first of those it has is the article.
 *   <li>Every hierarchical container above articles is a division: book, tome, part and title are
 *       titles; subtitle, subpart, chapter, division and hcontainer chapters; the rest sections.
 *       Consulta nests divisions three deep at most: a deeper container gives its articles to the
 *       container above it. A container without articles is left out.
 *   <li>Every article is in a division, and a division's articles come before its subdivisions: so
 *       articles directly in the body, or after a subdivision, go in a division of their own,
 *       headed with a word for "provisions" in the law's language, and the reading order is kept.
 *   <li>eIds as {@link AknEIds} gives them.
 * </ul>
 */
final class AknBody {
  static final int MAX_HEADING = 1000;
  static final int MAX_TEXT = 200_000;
  private static final int MAX_DEPTH = 3;
  private static final List<String> ARTICLE_ELEMENTS =
      List.of("article", "section", "clause", "paragraph");
  private static final Set<String> CONTAINERS =
      Set.of(
          ("book tome part title subtitle subpart chapter subchapter division subdivision section"
                  + " subsection clause subclause paragraph subparagraph rule subrule level"
                  + " transitional hcontainer alinea indent proviso")
              .split(" "));
  private static final Set<String> TITLES = Set.of("book", "tome", "part", "title");
  private static final Set<String> CHAPTERS =
      Set.of("subtitle", "subpart", "chapter", "division", "hcontainer");

  /** Quoted or embedded text: words of another document, never structure of this one. */
  private static final Set<String> QUOTED =
      Set.of("quotedStructure", "embeddedStructure", "quotedText", "mod", "mmod");

  private static final Map<Language, String> PROVISIONS =
      Map.of(
          Language.es, "Articulado",
          Language.en, "Provisions",
          Language.pt, "Articulado",
          Language.fr, "Dispositif");

  private final Language lang;
  private final String articleElement;

  /** A division being read; {@code source} is the document's eId, null for one made here. */
  static final class Node {
    final DivisionKind kind;
    final String source;
    final String heading;
    final List<Article> articles = new ArrayList<>();
    final List<Node> children = new ArrayList<>();
    String eId;

    Node(DivisionKind kind, String source, String heading) {
      this.kind = kind;
      this.source = source;
      this.heading = heading;
    }

    boolean madeHere() {
      return source == null;
    }
  }

  static final class Article {
    final String source;
    final String heading;
    final String text;
    String eId;

    Article(String source, String heading, String text) {
      this.source = source;
      this.heading = heading;
      this.text = text;
    }
  }

  private AknBody(Language lang, String articleElement) {
    this.lang = lang;
    this.articleElement = articleElement;
  }

  /** The divisions of a {@code <body>} or {@code <portionBody>}, with their articles. */
  static List<NewLaw.NewDivision> read(Element body, Language lang) {
    String articleElement =
        ARTICLE_ELEMENTS.stream()
            .filter(name -> contains(body, name))
            .findFirst()
            .orElseThrow(
                () ->
                    DomainException.invalid(
                        "body",
                        "the document has no provisions: no article, section, clause or"
                            + " paragraph in its body"));
    AknBody reader = new AknBody(lang, articleElement);
    Node root = new Node(null, "body", "");
    reader.walk(body, root, 0);
    new AknEIds().assign(root.children);
    return root.children.stream().map(reader::plan).toList();
  }

  /** Whether an element holds an {@code name} element, quoted text aside. */
  private static boolean contains(Element element, String name) {
    for (Element child : AknDom.children(element)) {
      if (QUOTED.contains(child.getLocalName())) {
        continue;
      }
      if (child.getLocalName().equals(name) || contains(child, name)) {
        return true;
      }
    }
    return false;
  }

  private void walk(Element element, Node into, int depth) {
    for (Element child : AknDom.children(element)) {
      String name = child.getLocalName();
      if (name.equals(articleElement)) {
        add(into, article(child));
      } else if (CONTAINERS.contains(name) && contains(child, articleElement)) {
        if (depth < MAX_DEPTH) {
          Node division = new Node(kind(name), child.getAttribute("eId"), heading(child));
          into.children.add(division);
          walk(child, division, depth + 1);
        } else {
          walk(child, into, depth);
        }
      }
    }
  }

  /** Adds an article where it keeps its place in reading order (see the class comment). */
  private void add(Node into, Article article) {
    boolean root = into.kind == null;
    if (!root && into.children.isEmpty()) {
      into.articles.add(article);
      return;
    }
    Node last = into.children.isEmpty() ? null : into.children.get(into.children.size() - 1);
    if (last == null || !last.madeHere()) {
      last = new Node(last == null ? DivisionKind.CHAPTER : last.kind, null, PROVISIONS.get(lang));
      into.children.add(last);
    }
    last.articles.add(article);
  }

  private static DivisionKind kind(String element) {
    if (TITLES.contains(element)) {
      return DivisionKind.TITLE;
    }
    return CHAPTERS.contains(element) ? DivisionKind.CHAPTER : DivisionKind.SECTION;
  }

  /** {@code num. heading}, as the engine stores a division's heading; a word when it has none. */
  private String heading(Element division) {
    String full = AknText.headingLine(division);
    return bounded(full.isEmpty() ? PROVISIONS.get(lang) : full, MAX_HEADING, division, "heading");
  }

  private Article article(Element element) {
    String heading = AknDom.child(element, "heading").map(AknText::inline).orElse("");
    return new Article(
        element.getAttribute("eId"),
        bounded(heading, MAX_HEADING, element, "heading"),
        bounded(AknText.text(element), MAX_TEXT, element, "text"));
  }

  private static String bounded(String text, int max, Element element, String what) {
    if (text.length() > max) {
      throw DomainException.invalid(
          element.getLocalName(),
          element.getLocalName()
              + " "
              + element.getAttribute("eId")
              + ": its "
              + what
              + " is longer than "
              + max
              + " characters");
    }
    return text;
  }

  private NewLaw.NewDivision plan(Node node) {
    List<NewLaw.NewArticle> articles = new ArrayList<>();
    for (Article article : node.articles) {
      Map<Language, ArticleArrangement.ArticleText> texts = new EnumMap<>(Language.class);
      texts.put(lang, new ArticleArrangement.ArticleText(article.heading, article.text));
      articles.add(new NewLaw.NewArticle(article.eId, texts));
    }
    return new NewLaw.NewDivision(
        node.eId,
        node.kind,
        Map.of(lang, node.heading),
        articles,
        node.children.stream().map(this::plan).toList());
  }
}
