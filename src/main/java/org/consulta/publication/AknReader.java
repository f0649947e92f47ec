package org.consulta.publication;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.consulta.drafting.Language;
import org.consulta.platform.DomainException;
import org.w3c.dom.Element;

/**
 * Reads an act or bill from an Akoma Ntoso document, once the schema has accepted it: alone, the
 * first one in a document collection or official gazette, or a portion of one. Debates, judgments
 * and other documents are refused.
 */
final class AknReader {
  static final int MAX_TITLE = 500;
  static final int MAX_LABEL = 300;
  private static final Set<String> LEGISLATION = Set.of("act", "bill", "portion");
  private static final Set<String> COLLECTIONS =
      Set.of("documentCollection", "officialGazette", "amendmentList");

  private AknReader() {}

  static AknLaw read(byte[] document) {
    AknSchema.validate(document);
    Element root = AknDom.parse(document).getDocumentElement();
    Element found =
        AknDom.children(root).stream()
            .findFirst()
            .orElseThrow(() -> notLegislation("an empty akomaNtoso element"));
    Element law = legislation(found, root);
    Element meta = AknDom.child(law, "meta").orElseThrow();
    Element work = AknDom.path(meta, "identification", "FRBRWork").orElseThrow();
    String workUri = workUri(work, law.getLocalName());
    Language lang = language(meta);
    Element body =
        AknDom.child(law, "body").or(() -> AknDom.child(law, "portionBody")).orElseThrow();
    String preamble =
        AknDom.child(law, "preamble").map(AknText::text).filter(p -> !p.isEmpty()).orElse(null);
    if (preamble != null && preamble.length() > AknBody.MAX_TEXT) {
      throw DomainException.invalid(
          "preamble", "the preamble is longer than " + AknBody.MAX_TEXT + " characters");
    }
    return new AknLaw(
        workUri,
        lang,
        title(law, body, work, workUri),
        preamble,
        AknBody.read(body, lang),
        version(meta));
  }

  /**
   * The act or bill: the document itself, or for a collection the first one in it or in the {@code
   * <components>} that follow it at the top of the document.
   */
  private static Element legislation(Element document, Element root) {
    String name = document.getLocalName();
    if (LEGISLATION.contains(name)) {
      return document;
    }
    if (COLLECTIONS.contains(name)) {
      return AknDom.first(
              root, e -> e.getLocalName().equals("act") || e.getLocalName().equals("bill"))
          .orElseThrow(() -> notLegislation("a " + name + " without an act or bill"));
    }
    throw notLegislation("a " + name);
  }

  private static DomainException notLegislation(String what) {
    return DomainException.invalid(
        "body",
        "not an act or bill: the document is "
            + what
            + "; Consulta imports acts and bills (alone, in a document collection, or a portion"
            + " of one)");
  }

  /** FRBRthis, then each FRBRuri; a URI of another scheme is rebuilt from the work's facts. */
  private static String workUri(Element work, String type) {
    List<String> candidates = new ArrayList<>();
    AknDom.child(work, "FRBRthis")
        .flatMap(e -> AknDom.attribute(e, "value"))
        .ifPresent(candidates::add);
    AknDom.all(work, "FRBRuri").stream()
        .map(e -> AknDom.attribute(e, "value"))
        .flatMap(Optional::stream)
        .forEach(candidates::add);
    String uri =
        AknWork.of(
            candidates,
            value(work, "FRBRcountry", "value").orElse("xx"),
            type,
            value(work, "FRBRdate", "date").orElse(""),
            value(work, "FRBRnumber", "value").orElse(null));
    if (uri.length() > AknWork.MAX_URI) {
      throw DomainException.invalid(
          "FRBRWork", "the work URI is longer than " + AknWork.MAX_URI + " characters: " + uri);
    }
    return uri;
  }

  private static Optional<String> value(Element parent, String child, String attribute) {
    return AknDom.child(parent, child).flatMap(e -> AknDom.attribute(e, attribute));
  }

  private static Language language(Element meta) {
    String code =
        AknDom.path(meta, "identification", "FRBRExpression")
            .flatMap(e -> value(e, "FRBRlanguage", "language"))
            .orElseThrow(
                () ->
                    DomainException.invalid(
                        "FRBRlanguage", "the document does not say its language (FRBRlanguage)"));
    return AknLanguage.of(code)
        .orElseThrow(
            () ->
                DomainException.invalid(
                    "FRBRlanguage",
                    "the document is in '"
                        + code
                        + "' (FRBRlanguage); Consulta drafts in Spanish, English, Portuguese"
                        + " and French (es, en, pt, fr)"));
  }

  /**
   * The short title, else the title ({@code docTitle}) of the preface or cover page; for a portion
   * without either, its first heading; else the work's FRBRname; else its URI.
   */
  private static String title(Element law, Element body, Element work, String workUri) {
    List<Element> fronts =
        Stream.of("preface", "coverPage")
            .map(n -> AknDom.child(law, n))
            .flatMap(Optional::stream)
            .toList();
    String title =
        Stream.of("shortTitle", "docTitle")
            .flatMap(
                name ->
                    fronts.stream()
                        .map(f -> AknDom.first(f, e -> e.getLocalName().equals(name)))
                        .flatMap(Optional::stream))
            .map(AknText::inline)
            .filter(t -> !t.isEmpty())
            .findFirst()
            .or(() -> firstHeading(body))
            .or(() -> value(work, "FRBRname", "value"))
            .orElse(workUri);
    if (title.length() > MAX_TITLE) {
      throw DomainException.invalid(
          "docTitle", "the title is longer than " + MAX_TITLE + " characters");
    }
    return title;
  }

  private static Optional<String> firstHeading(Element body) {
    return AknDom.first(body, e -> AknDom.child(e, "heading").isPresent())
        .map(AknText::headingLine)
        .filter(t -> !t.isEmpty());
  }

  /** The recorded version of a Consulta export, from its proprietary metadata. */
  private static Optional<AknLaw.Version> version(Element meta) {
    return AknDom.all(meta, "proprietary").stream()
        .flatMap(p -> proprietary(p).stream())
        .findFirst()
        .map(AknReader::restored);
  }

  private static List<Element> proprietary(Element proprietary) {
    List<Element> found = new ArrayList<>();
    for (var node = proprietary.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element e
          && AknExport.CONSULTA.equals(e.getNamespaceURI())
          && e.getLocalName().equals("version")) {
        found.add(e);
      }
    }
    return found;
  }

  private static AknLaw.Version restored(Element version) {
    String label = version.getAttribute("label").strip();
    if (label.isEmpty() || label.length() > MAX_LABEL) {
      throw DomainException.invalid(
          "proprietary", "a version's label must have 1 to " + MAX_LABEL + " characters");
    }
    try {
      return new AknLaw.Version(label, Instant.parse(version.getAttribute("recorded")));
    } catch (DateTimeParseException e) {
      throw DomainException.invalid(
          "proprietary", "a version's 'recorded' must be an ISO 8601 instant");
    }
  }
}
