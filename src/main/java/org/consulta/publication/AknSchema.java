package org.consulta.publication;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * The OASIS Akoma Ntoso 3.0 schema, bundled in {@code akn/} and compiled once: a {@link Schema} is
 * immutable and safe to share, a {@link Validator} is not, so each call makes its own. Nothing is
 * fetched from the network: the schema's import of {@code xml.xsd} is answered from the classpath,
 * and documents may not carry a DOCTYPE, so no external entity is read and no entity expands; they
 * may not nest elements deeper than {@link #MAX_DEPTH} either.
 */
public final class AknSchema {
  public static final String NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
  private static final String DIRECTORY = "/akn/";
  private static final String MAIN = "akomantoso30.xsd";

  /**
   * The deepest nesting of elements read, far above the 15 levels of the deepest official example:
   * schema-valid inline markup may nest without end, and what reads a document recurses.
   */
  static final String MAX_DEPTH = "100";

  static final String MAX_DEPTH_PROPERTY =
      "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";
  private static final Schema SCHEMA = compile();

  private AknSchema() {}

  /**
   * Checks a document against the schema.
   *
   * @throws AknInvalid at the first place where the document is not well-formed XML or not valid
   *     Akoma Ntoso, with its line
   */
  public static void validate(byte[] document) {
    Validator validator = SCHEMA.newValidator();
    try {
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      validator.setErrorHandler(new FirstError());
      var source = new SAXSource(reader(), new InputSource(new ByteArrayInputStream(document)));
      validator.validate(source);
    } catch (SAXParseException e) {
      throw new AknInvalid(e.getLineNumber(), e.getColumnNumber(), e.getMessage());
    } catch (SAXException e) {
      throw new AknInvalid(-1, -1, e.getMessage());
    } catch (IOException e) {
      throw undecodable(e);
    }
  }

  /**
   * A document read from memory fails to read only for what its bytes are: an encoding that is
   * unknown, or bytes that are not in the encoding declared.
   */
  static AknInvalid undecodable(IOException e) {
    return new AknInvalid(-1, -1, "its bytes cannot be read in the encoding declared (" + e + ")");
  }

  /** A namespace-aware reader that refuses any DOCTYPE, and so any entity, and deep nesting. */
  static XMLReader reader() throws SAXException {
    try {
      SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
      factory.setNamespaceAware(true);
      factory.setXIncludeAware(false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      var parser = factory.newSAXParser();
      parser.setProperty(MAX_DEPTH_PROPERTY, MAX_DEPTH);
      return parser.getXMLReader();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Schema compile() {
    SchemaFactory factory = SchemaFactory.newDefaultInstance();
    try {
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setResourceResolver(new Classpath());
      URL main = resource(MAIN);
      return factory.newSchema(new StreamSource(main.openStream(), main.toExternalForm()));
    } catch (SAXException | IOException e) {
      throw new IllegalStateException("the bundled Akoma Ntoso schema does not load", e);
    }
  }

  private static URL resource(String name) {
    URL url = AknSchema.class.getResource(DIRECTORY + name);
    if (url == null) {
      throw new IllegalStateException("missing " + DIRECTORY + name + " on the classpath");
    }
    return url;
  }

  /** Stops at the first error: warnings are ignored, an error is the document's fault. */
  private static final class FirstError implements ErrorHandler {
    @Override
    public void warning(SAXParseException e) {}

    @Override
    public void error(SAXParseException e) throws SAXParseException {
      throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXParseException {
      throw e;
    }
  }

  /** Answers the schema's own imports (only {@code xml.xsd}) from the bundled files. */
  private static final class Classpath implements LSResourceResolver {
    private static final DOMImplementationLS LS = loadSave();

    private static DOMImplementationLS loadSave() {
      try {
        return (DOMImplementationLS)
            DocumentBuilderFactory.newDefaultInstance()
                .newDocumentBuilder()
                .getDOMImplementation()
                .getFeature("LS", "3.0");
      } catch (ParserConfigurationException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public LSInput resolveResource(
        String type, String namespace, String publicId, String systemId, String baseUri) {
      if (systemId == null) {
        return null;
      }
      String name = systemId.substring(systemId.lastIndexOf('/') + 1);
      if (!name.equals("xml.xsd")) {
        throw new IllegalStateException(
            "the schema asks for " + systemId + ", which is not bundled");
      }
      URL url = resource(name);
      LSInput input = LS.createLSInput();
      input.setSystemId(url.toExternalForm());
      input.setPublicId(publicId);
      try {
        input.setByteStream(url.openStream());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return input;
    }
  }
}
