package org.consulta.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.consulta.drafting.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The small fixture law as DOCX, compared with a golden file as the document's outline: paragraph
 * by paragraph its style, language and text, the fields, the table's rows, the running head and the
 * core properties. Not bytes: POI's zip and the order of its attributes are not ours to fix. On a
 * difference the new outline is written under target/golden/ to review and copy over.
 */
class DocxEditionGoldenTest {
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final Path LAW = Path.of("src/test/resources/publication/docx-small");

  @ParameterizedTest
  @ValueSource(strings = {"es", "en", "es,en"})
  void theSmallLawMatchesItsGoldenOutline(String languages) throws IOException {
    Language[] langs =
        java.util.Arrays.stream(languages.split(","))
            .map(code -> Language.parse("lang", code))
            .toArray(Language[]::new);
    String name = languages.replace(',', '-') + ".docx.golden.txt";
    String actual = outline(DocxEditionTest.read(DocxEdition.render(DraftEditions.of(LAW, langs))));

    String expected = Files.readString(LAW.resolve(name));
    if (!expected.equals(actual)) {
      Path out = Path.of("target/golden/docx-small", name);
      Files.createDirectories(out.getParent());
      Files.writeString(out, actual);
    }
    assertEquals(expected, actual, name);
  }

  static String outline(XWPFDocument doc) {
    List<String> lines = new ArrayList<>();
    var core = doc.getProperties().getCoreProperties();
    lines.add("title: " + core.getTitle());
    lines.add("creator: " + core.getCreator());
    lines.add("description: " + core.getDescription());
    lines.add("language: " + core.getUnderlyingProperties().getLanguageProperty().orElse(""));
    lines.add("identifier: " + core.getIdentifier());
    lines.add("update fields on open: " + doc.isEnforcedUpdateFields());
    lines.add("hyphenation: " + doc.getSettings().getCTSettings().isSetAutoHyphenation());
    doc.getHeaderList()
        .forEach(h -> h.getParagraphs().forEach(p -> lines.add("header " + line(p))));
    doc.getFooterList()
        .forEach(f -> f.getParagraphs().forEach(p -> lines.add("footer " + line(p))));
    lines.add("body");
    for (IBodyElement element : doc.getBodyElements()) {
      if (element instanceof XWPFParagraph p) {
        lines.add("  " + line(p));
      } else if (element instanceof XWPFTable table) {
        lines.add("  table " + table.getStyleID());
        for (XWPFTableRow row : table.getRows()) {
          lines.add(
              "    row"
                  + (row.isRepeatHeader() ? " repeated" : "")
                  + (row.isCantSplitRow() ? " unsplit" : ""));
          for (XWPFTableCell cell : row.getTableCells()) {
            lines.add("      cell");
            cell.getParagraphs().forEach(p -> lines.add("        " + line(p)));
          }
        }
      }
    }
    return lines.stream().collect(Collectors.joining("\n", "", "\n"));
  }

  /**
   * {@code [Style overrides lang] text}, with field instructions in braces where they start, tabs
   * and breaks spelled out, and a redline's runs as {@code {+inserted+}} and {@code [-deleted-]}.
   */
  private static String line(XWPFParagraph p) {
    StringBuilder text = new StringBuilder();
    List<String> langs = new ArrayList<>();
    for (XWPFRun run : p.getRuns()) {
      run.getCTR()
          .getInstrTextList()
          .forEach(t -> text.append('{').append(t.getStringValue().strip()).append('}'));
      text.append(marked(run));
      if (run.getLang() != null && !langs.contains(run.getLang())) {
        langs.add(run.getLang());
      }
    }
    StringBuilder overrides = new StringBuilder();
    if (p.getCTP().getPPr() != null) {
      NodeList properties = p.getCTP().getPPr().getDomNode().getChildNodes();
      for (int i = 0; i < properties.getLength(); i++) {
        Element property = (Element) properties.item(i);
        if (!property.getLocalName().equals("pStyle")) {
          overrides.append(' ').append(property.getLocalName());
          overrides.append('=').append(property.getAttributeNS(W, "val"));
        }
      }
    }
    String style = p.getStyle() == null ? "Normal" : p.getStyle();
    return "["
        + style
        + overrides
        + (langs.isEmpty() ? "" : " " + String.join(" ", langs))
        + "] "
        + text.toString().replace("\t", "<tab>").replace("\n", "<break>");
  }

  private static String marked(XWPFRun run) {
    if (DocxStyles.INSERTED.equals(run.getStyle())) {
      return "{+" + run.text() + "+}";
    }
    if (DocxStyles.DELETED.equals(run.getStyle())) {
      return "[-" + run.text() + "-]";
    }
    return run.text();
  }
}
