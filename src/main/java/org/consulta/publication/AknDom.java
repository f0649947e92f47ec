package org.consulta.publication;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Akoma Ntoso elements of a parsed document: children, descendants and attributes by name. */
final class AknDom {
  private AknDom() {}

  /**
   * Parses a document that {@link AknSchema} has accepted, with the same guards: no DOCTYPE, no
   * entity, no XInclude, no deep nesting.
   */
  static Document parse(byte[] document) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
      factory.setNamespaceAware(true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setAttribute(AknSchema.MAX_DEPTH_PROPERTY, AknSchema.MAX_DEPTH);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder.parse(new ByteArrayInputStream(document));
    } catch (SAXParseException e) {
      throw new AknInvalid(e.getLineNumber(), e.getColumnNumber(), e.getMessage());
    } catch (SAXException | ParserConfigurationException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw AknSchema.undecodable(e);
    }
  }

  static boolean isAkn(Node node, String name) {
    return node instanceof Element e
        && AknSchema.NAMESPACE.equals(e.getNamespaceURI())
        && e.getLocalName().equals(name);
  }

  /** The child elements in the Akoma Ntoso namespace, in order. */
  static List<Element> children(Element parent) {
    List<Element> children = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e && AknSchema.NAMESPACE.equals(e.getNamespaceURI())) {
        children.add(e);
      }
    }
    return children;
  }

  static Optional<Element> child(Element parent, String name) {
    return children(parent).stream().filter(e -> e.getLocalName().equals(name)).findFirst();
  }

  static List<Element> all(Element parent, String name) {
    return children(parent).stream().filter(e -> e.getLocalName().equals(name)).toList();
  }

  /** The first descendant, in document order, that matches. */
  static Optional<Element> first(Element root, Predicate<Element> matches) {
    for (Element child : children(root)) {
      if (matches.test(child)) {
        return Optional.of(child);
      }
      Optional<Element> below = first(child, matches);
      if (below.isPresent()) {
        return below;
      }
    }
    return Optional.empty();
  }

  static Optional<Element> path(Element from, String... names) {
    Optional<Element> at = Optional.of(from);
    for (String name : names) {
      at = at.flatMap(e -> child(e, name));
    }
    return at;
  }

  /** An attribute's value, or empty when it is absent or blank. */
  static Optional<String> attribute(Element element, String name) {
    String value = element.getAttribute(name);
    return value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }
}
