package org.consulta.publication;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The PDF of a print document, laid out by openhtmltopdf from the same XHTML a browser prints: the
 * bundled fonts embedded, bookmarks, title and language in the metadata, tagged (PDF/UA) and
 * archivable (PDF/A-2u, with the sRGB profile the JDK carries as its output intent).
 */
public final class PdfEdition {
  private static final String XHTML = "http://www.w3.org/1999/xhtml";

  /** The font files, read once; PDFBox parses a fresh copy into each document it embeds it in. */
  private static final Map<PrintFrame.Face, byte[]> FONTS =
      PrintFrame.FACES.stream().collect(Collectors.toMap(face -> face, PdfEdition::read));

  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  /** Font metrics, shared by every rendering: the one thread-safe piece the library can reuse. */
  private static final FSCacheEx<String, FSCacheValue> METRICS = new MemoryCache();

  /**
   * openhtmltopdf gives every document the PDF form fonts, Helvetica and ZapfDingbats, which it
   * writes only for form fields (there are none); PDFBox warns at each document that it has no
   * ZapfDingbats to measure. Held here, since java.util.logging keeps its loggers weakly.
   */
  private static final Logger TYPE1_FONTS =
      Logger.getLogger("org.apache.pdfbox.pdmodel.font.PDType1Font");

  static {
    // openhtmltopdf logs at INFO every font it loads and every document it lays out.
    XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    TYPE1_FONTS.setLevel(Level.SEVERE);
  }

  private PdfEdition() {}

  public static byte[] of(Edition edition) {
    return render(PrintEdition.of(edition));
  }

  /**
   * Lays out any print document as PDF. A renderer is built for each call: openhtmltopdf's
   * renderers are not thread-safe.
   */
  public static byte[] render(PrintDocument document) {
    Document dom = parse(document.xhtml());
    describe(dom, document);
    PdfRendererBuilder builder =
        new PdfRendererBuilder()
            .useFastMode()
            .withW3cDocument(dom, null)
            .usePdfUaAccessibility(true)
            .usePdfAConformance(PdfAConformance.PDFA_2_U)
            .useColorProfile(SRGB)
            .useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, METRICS)
            // Charts (the consultation report's) as inline SVG: no script, nothing fetched.
            .useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE))
            .useExternalResourceAccessControl(
                (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
            .useExternalResourceAccessControl(
                (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
            .withProducer("Consulta (openhtmltopdf, Apache PDFBox)");
    FONTS.forEach(
        (face, bytes) ->
            builder.useFont(
                () -> new ByteArrayInputStream(bytes),
                PrintFrame.FONT_FAMILY,
                face.weight(),
                face.italic() ? FontStyle.ITALIC : FontStyle.NORMAL,
                true));
    ByteArrayOutputStream pdf = new ByteArrayOutputStream(256 * 1024);
    try (PdfBoxRenderer renderer = builder.buildPdfRenderer();
        PDDocument laidOut = renderer.createPDFKeepOpen()) {
      LinkDescriptions.copy(laidOut);
      laidOut.save(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pdf.toByteArray();
  }

  private static Document parse(String xhtml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setExpandEntityReferences(false);
      return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new IllegalArgumentException("a print document must be well-formed XHTML", e);
    }
  }

  /**
   * Puts what the PDF states about itself in the head, where openhtmltopdf reads it: the title,
   * subject, keywords and creator for the document information and XMP metadata, the language on
   * the root element, and the outline as {@code <bookmarks>}.
   */
  private static void describe(Document dom, PrintDocument document) {
    Element html = dom.getDocumentElement();
    html.setAttribute("lang", document.language().name());
    Element head = (Element) html.getElementsByTagNameNS(XHTML, "head").item(0);
    meta(dom, head, "title", document.title());
    meta(dom, head, "subject", document.subject());
    meta(dom, head, "keywords", document.keywords());
    // Not "author": the law's authors are its drafters; Consulta made the file.
    meta(dom, head, "Creator", "Consulta");
    Element bookmarks = dom.createElementNS(XHTML, "bookmarks");
    bookmarks(dom, bookmarks, document.bookmarks());
    head.appendChild(bookmarks);
  }

  private static void meta(Document dom, Element head, String name, String content) {
    Element meta = dom.createElementNS(XHTML, "meta");
    meta.setAttribute("name", name);
    meta.setAttribute("content", content);
    head.appendChild(meta);
  }

  private static void bookmarks(
      Document dom, Element parent, List<PrintDocument.Bookmark> bookmarks) {
    for (PrintDocument.Bookmark bookmark : bookmarks) {
      Element element = dom.createElementNS(XHTML, "bookmark");
      element.setAttribute("name", bookmark.label());
      element.setAttribute("href", "#" + bookmark.target());
      bookmarks(dom, element, bookmark.children());
      parent.appendChild(element);
    }
  }

  private static byte[] read(PrintFrame.Face face) {
    try (InputStream in = face.open()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** FSDefaultCacheStore without its log line at every lookup. */
  private static final class MemoryCache implements FSCacheEx<String, FSCacheValue> {
    private final Map<String, FSCacheValue> values = new ConcurrentHashMap<>();

    @Override
    public void put(String key, FSCacheValue value) {
      values.put(key, value);
    }

    @Override
    public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
      FSCacheValue value = values.get(key);
      if (value == null) {
        try {
          value = loader.call();
        } catch (Exception e) {
          throw new IllegalStateException("font metrics of " + key, e);
        }
        if (value != null) {
          values.put(key, value);
        }
      }
      return value;
    }

    @Override
    public FSCacheValue get(String key) {
      return values.get(key);
    }
  }
}
