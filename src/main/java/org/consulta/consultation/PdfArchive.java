package org.consulta.consultation;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * What a PDF says about itself, as the editions say it: title, subject, keywords and creation date
 * in the document information and in XMP metadata that claims PDF/A-2u and PDF/UA-1 (with the PDF/A
 * extension schema that declares PDF/UA's property), the language, the title shown by readers, the
 * marked (tagged) flag, and the sRGB profile the JDK carries as output intent.
 */
final class PdfArchive {
  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
  private static final String SRGB_NAME = "sRGB IEC61966-2.1";
  private static final String PRODUCER = "Consulta (Apache PDFBox)";

  private PdfArchive() {}

  /** The creation time is kept to the second, the precision of the document information. */
  record Description(
      String title, String subject, String keywords, String language, Instant created) {
    Description {
      created = created.truncatedTo(ChronoUnit.SECONDS);
    }
  }

  static void describe(PDDocument doc, Description about) {
    doc.setVersion(1.7f);
    Calendar created = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
    created.setTimeInMillis(about.created().toEpochMilli());
    PDDocumentInformation info = doc.getDocumentInformation();
    info.setTitle(about.title());
    info.setSubject(about.subject());
    info.setKeywords(about.keywords());
    info.setCreator("Consulta");
    info.setProducer(PRODUCER);
    info.setCreationDate(created);
    PDDocumentCatalog catalog = doc.getDocumentCatalog();
    catalog.setLanguage(about.language());
    PDMarkInfo marked = new PDMarkInfo();
    marked.setMarked(true);
    catalog.setMarkInfo(marked);
    PDViewerPreferences viewer = new PDViewerPreferences(new COSDictionary());
    viewer.setDisplayDocTitle(true);
    catalog.setViewerPreferences(viewer);
    try {
      PDMetadata metadata = new PDMetadata(doc);
      metadata.importXMPMetadata(xmp(about).getBytes(StandardCharsets.UTF_8));
      catalog.setMetadata(metadata);
      PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(SRGB));
      intent.setInfo(SRGB_NAME);
      intent.setOutputCondition(SRGB_NAME);
      intent.setOutputConditionIdentifier(SRGB_NAME);
      intent.setRegistryName("http://www.color.org");
      catalog.addOutputIntent(intent);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String xmp(Description about) {
    return """
        <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
        <x:xmpmeta xmlns:x="adobe:ns:meta/">
         <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
          <rdf:Description rdf:about=""
            xmlns:dc="http://purl.org/dc/elements/1.1/"
            xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
            xmlns:xmp="http://ns.adobe.com/xap/1.0/"
            xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
            xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
           <dc:format>application/pdf</dc:format>
           <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
           <dc:description><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:description>
           <pdf:Keywords>%s</pdf:Keywords>
           <pdf:Producer>%s</pdf:Producer>
           <xmp:CreatorTool>Consulta</xmp:CreatorTool>
           <xmp:CreateDate>%s</xmp:CreateDate>
           <pdfaid:part>2</pdfaid:part>
           <pdfaid:conformance>U</pdfaid:conformance>
           <pdfuaid:part>1</pdfuaid:part>
          </rdf:Description>
          <rdf:Description rdf:about=""
            xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
            xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
            xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
           <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
            <pdfaSchema:schema>PDF/UA identification</pdfaSchema:schema>
            <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
            <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
            <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
             <pdfaProperty:name>part</pdfaProperty:name>
             <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
             <pdfaProperty:category>internal</pdfaProperty:category>
             <pdfaProperty:description>The part of ISO 14289 followed</pdfaProperty:description>
            </rdf:li></rdf:Seq></pdfaSchema:property>
           </rdf:li></rdf:Bag></pdfaExtension:schemas>
          </rdf:Description>
         </rdf:RDF>
        </x:xmpmeta>
        <?xpacket end="w"?>"""
        .formatted(
            escape(about.title()),
            escape(about.subject()),
            escape(about.keywords()),
            PRODUCER,
            DateTimeFormatter.ISO_INSTANT.format(about.created()));
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
