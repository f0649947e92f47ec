package org.consulta.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.consulta.crossrefs.Reference;
import org.consulta.crossrefs.ReferenceRecogniser;
import org.consulta.drafting.DivisionKind;
import org.consulta.drafting.Language;
import org.consulta.platform.DomainException;

/**
 * Writes an edition as an Akoma Ntoso 3.0 {@code <act>}, one language per document, and checks it
 * against the schema before anyone sees it.
 *
 * <p>Elements carry the engine's eIds, and their wIds are the same: a wId is the id that survives
 * renumbering when eIds follow the numbers, but Consulta's eIds never change once given, so they
 * are already what a wId must be. What Akoma Ntoso has no element for (the version's label and the
 * instant it was recorded) goes in {@code <proprietary>}, in Consulta's own namespace, so that
 * {@link AknReader} restores it.
 */
public final class AknExport {
  /** The namespace of Consulta's proprietary metadata. */
  static final String CONSULTA = "urn:consulta:akn";

  private final Edition edition;
  private final Language lang;
  private final XmlOut out = new XmlOut();
  private Map<Integer, String> targets = Map.of();

  private AknExport(Edition edition) {
    this.edition = edition;
    this.lang = edition.language();
  }

  /**
   * The edition as Akoma Ntoso XML, valid against the bundled schema.
   *
   * @throws DomainException naming {@code lang} when the edition is bilingual
   * @throws IllegalStateException if the document fails validation: a bug, never the reader's fault
   */
  public static byte[] render(Edition edition) {
    if (edition.bilingual()) {
      throw DomainException.invalid(
          "lang",
          "an Akoma Ntoso document holds one language version: ask for one language, such as lang="
              + edition.language());
    }
    byte[] document = new AknExport(edition).write();
    try {
      AknSchema.validate(document);
    } catch (AknInvalid e) {
      throw new IllegalStateException(
          "the Akoma Ntoso export of '" + edition.slug() + "' is not valid: " + e.getMessage(), e);
    }
    return document;
  }

  private byte[] write() {
    out.root("akomaNtoso", AknSchema.NAMESPACE, "consulta", CONSULTA);
    out.open("act", "name", "modelLaw", "contains", contains());
    new AknMeta(edition, out).write();
    out.open("preface").open("longTitle");
    out.nested(new String[] {"p", "docTitle"}, edition.title(lang));
    out.close().close();
    List<String> preamble = edition.preamble(lang);
    if (!preamble.isEmpty()) {
      out.open("preamble");
      preamble.forEach(p -> out.text("p", p));
      out.close();
    }
    out.open("body");
    if (!writesSomething(edition.body())) {
      // The schema wants something in a body; a law without provisions says so.
      out.empty("hcontainer", "name", "noProvisions");
    }
    parts(edition.body());
    return out.finish();
  }

  /** The first version, or a working text before any, is the original; later ones are not. */
  private String contains() {
    EditionVersion version = edition.version();
    boolean original = version.recorded() ? version.number() == 1 : edition.history().isEmpty();
    return original ? "originalVersion" : "singleVersion";
  }

  private boolean writesSomething(List<Part> parts) {
    return parts.stream()
        .anyMatch(p -> p instanceof DivisionPart || ((ArticlePart) p).text(lang).isPresent());
  }

  private void parts(List<Part> parts) {
    for (Part part : parts) {
      if (part instanceof DivisionPart division) {
        division(division);
      } else if (part instanceof ArticlePart article) {
        article.text(lang).ifPresent(text -> article(article.eId(), text));
      }
    }
  }

  private void division(DivisionPart division) {
    out.open(element(division.kind()), "eId", division.eId(), "wId", division.eId());
    Heading heading = division.heading(lang);
    if (heading.num() != null) {
      out.text("num", heading.num());
    }
    if (!heading.text().isEmpty()) {
      out.text("heading", heading.text());
    }
    parts(division.children());
    out.close();
  }

  static String element(DivisionKind kind) {
    return switch (kind) {
      case TITLE -> "title";
      case CHAPTER -> "chapter";
      case SECTION -> "section";
    };
  }

  private void article(String eId, ArticleText text) {
    targets = text.targets();
    out.open("article", "eId", eId, "wId", eId);
    out.text("num", EditionWords.of(lang).articleNumber(text.number()));
    if (!text.heading().isEmpty()) {
      out.text("heading", text.heading());
    }
    text.paragraphs().forEach(this::paragraph);
    out.close();
  }

  /** A paragraph; its lettered items go in a list, its own words as the list's intro. */
  private void paragraph(Paragraph paragraph) {
    out.open("paragraph", "eId", paragraph.eId(), "wId", paragraph.eId());
    if (paragraph.num() != null) {
      out.text("num", paragraph.num());
    }
    if (paragraph.points().isEmpty()) {
      out.open("content").mixed("p", paragraph.text(), refs(paragraph.text())).close();
    } else {
      out.open("list");
      if (!paragraph.text().isEmpty()) {
        out.open("intro").mixed("p", paragraph.text(), refs(paragraph.text())).close();
      }
      paragraph.points().forEach(this::point);
      out.close();
    }
    out.close();
  }

  private void point(Point point) {
    out.open("point", "eId", point.eId(), "wId", point.eId());
    out.text("num", point.num());
    out.open("content").mixed("p", point.text(), refs(point.text())).close();
    out.close();
  }

  /**
   * The references of a text of the current article as {@code <ref href="#art_9">} (or {@code
   * #art_9__para_2}): the text shows each target's current number, so a number read back names the
   * target the article's links gave it; a broken reference, whose target is not in the law, gets
   * none.
   */
  private List<XmlOut.Inline> refs(String text) {
    List<XmlOut.Inline> refs = new ArrayList<>();
    for (Reference r : ReferenceRecogniser.in(text)) {
      String target = targets.get(r.article());
      if (target != null) {
        String href = "#" + target + (r.paragraph() == null ? "" : "__para_" + r.paragraph());
        refs.add(new XmlOut.Inline(r.start(), r.end(), "ref", "href", href));
      }
    }
    return refs;
  }
}
