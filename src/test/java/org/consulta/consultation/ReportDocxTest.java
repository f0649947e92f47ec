package org.consulta.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.consulta.drafting.Language;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The report's Word file, its matrices streamed, checked as Word reads a package. */
class ReportDocxTest {
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String CONTENT_TYPES =
      "http://schemas.openxmlformats.org/package/2006/content-types";
  private static final String RELATIONSHIPS =
      "http://schemas.openxmlformats.org/package/2006/relationships";
  private static final String R =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  @Test
  void everyPartIsPresentWellFormedAndDeclared() throws Exception {
    Map<String, Document> parts = parts(ReportExample.docx(ReportExample.report(Language.es)));

    assertEquals("[Content_Types].xml", parts.keySet().iterator().next());
    assertEquals(
        Set.of(
            "[Content_Types].xml",
            "_rels/.rels",
            "docProps/app.xml",
            "docProps/core.xml",
            "word/_rels/document.xml.rels",
            "word/document.xml",
            "word/styles.xml",
            "word/settings.xml",
            "word/header1.xml",
            "word/footer1.xml"),
        parts.keySet());
    Set<String> overridden = new TreeSet<>();
    for (Element o : elements(parts.get("[Content_Types].xml"), CONTENT_TYPES, "Override")) {
      overridden.add(o.getAttribute("PartName").substring(1));
    }
    Set<String> defaults = new TreeSet<>();
    for (Element d : elements(parts.get("[Content_Types].xml"), CONTENT_TYPES, "Default")) {
      defaults.add(d.getAttribute("Extension"));
    }
    for (String name : parts.keySet()) {
      if (!name.equals("[Content_Types].xml")) {
        String extension = name.substring(name.lastIndexOf('.') + 1);
        assertTrue(overridden.contains(name) || defaults.contains(extension), name);
      }
    }
    assertTrue(overridden.containsAll(Set.of("word/document.xml", "word/styles.xml")));
    // The header and footer the body's section names are the document's relationships.
    Set<String> targets = new TreeSet<>();
    Map<String, String> byId = new LinkedHashMap<>();
    for (Element rel :
        elements(parts.get("word/_rels/document.xml.rels"), RELATIONSHIPS, "Relationship")) {
      byId.put(rel.getAttribute("Id"), rel.getAttribute("Target"));
      targets.add("word/" + rel.getAttribute("Target"));
    }
    assertTrue(parts.keySet().containsAll(targets), targets.toString());
    Document body = parts.get("word/document.xml");
    List<String> sections = new ArrayList<>();
    for (String reference : List.of("headerReference", "footerReference")) {
      for (Element e : elements(body, W, reference)) {
        sections.add(byId.get(e.getAttributeNS(R, "id")));
      }
    }
    assertEquals(List.of("header1.xml", "footer1.xml"), sections);
  }

  @Test
  void cellsEndInAParagraphRunsSayTheirLanguageAndStylesExist() throws Exception {
    Map<String, Document> parts = parts(ReportExample.docx(ReportExample.report(Language.es)));
    Document body = parts.get("word/document.xml");

    Set<String> styles = new TreeSet<>();
    for (Element style : elements(parts.get("word/styles.xml"), W, "style")) {
      styles.add(style.getAttributeNS(W, "styleId"));
    }
    for (String use : List.of("pStyle", "tblStyle", "rStyle")) {
      for (Element e : elements(body, W, use)) {
        assertTrue(styles.contains(e.getAttributeNS(W, "val")), e.getAttributeNS(W, "val"));
      }
    }
    int empty = 0;
    for (Element cell : elements(body, W, "tc")) {
      Node last = cell.getLastChild();
      assertEquals("p", last.getLocalName());
      empty += last.hasChildNodes() ? 0 : 1;
    }
    // The answer beside the hidden contribution: a cell with nothing to say holds an empty
    // paragraph.
    assertEquals(1, empty);
    List<Element> runs = elements(body, W, "r");
    assertFalse(runs.isEmpty());
    for (Element run : runs) {
      assertEquals("es-ES", elements(run, W, "lang").get(0).getAttributeNS(W, "val"));
    }
    // The body ends with its section: page size, margins, running head and page numbers.
    Node section = body.getDocumentElement().getFirstChild().getLastChild();
    assertEquals("sectPr", section.getLocalName());
  }

  @Test
  void poiReadsTheRunningHeadPageNumbersAndProperties() throws IOException {
    byte[] docx = ReportExample.docx(ReportExample.report(Language.en));
    try (var doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      assertTrue(doc.getHeaderList().get(0).getText().contains("Consultation report"));
      assertTrue(doc.getFooterList().get(0)._getHdrFtr().xmlText().contains("PAGE"));
      var core = doc.getProperties().getCoreProperties();
      assertTrue(core.getTitle().contains("Consultation report"), core.getTitle());
      assertEquals("en-US", core.getUnderlyingProperties().getLanguageProperty().orElseThrow());
    }
  }

  /** Each part of the package, parsed: a part that is not well-formed fails the parse. */
  private static Map<String, Document> parts(byte[] docx) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Map<String, Document> parts = new LinkedHashMap<>();
    try (var zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        parts.put(
            entry.getName(),
            factory.newDocumentBuilder().parse(new ByteArrayInputStream(zip.readAllBytes())));
      }
    }
    return parts;
  }

  private static List<Element> elements(Node root, String namespace, String name) {
    var list =
        root instanceof Document d
            ? d.getElementsByTagNameNS(namespace, name)
            : ((Element) root).getElementsByTagNameNS(namespace, name);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      elements.add((Element) list.item(i));
    }
    return elements;
  }
}
