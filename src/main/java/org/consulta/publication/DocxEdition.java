package org.consulta.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.consulta.drafting.Language;

/**
 * An edition as a Word document a drafter can carry on with: title and version, a table of contents
 * field, the preamble, divisions and articles in named styles, and the colophon. A bilingual
 * edition sets its languages side by side in a table, one row per division and per article.
 */
public final class DocxEdition {
  private static final String CONTENTS_FIELD = "TOC \\o \"1-2\" \\h \\z \\u";

  private final Edition edition;
  private final DocxDocument doc;

  /** A line of the table of contents. */
  private record Entry(String style, String text) {}

  private DocxEdition(Edition edition) {
    this.edition = edition;
    this.doc = new DocxDocument(edition.language(), false);
  }

  public static byte[] render(Edition edition) {
    return new DocxEdition(edition).write();
  }

  private byte[] write() {
    Language first = edition.language();
    for (Language lang : edition.languages()) {
      doc.text(lang).paragraph(DocxStyles.TITLE, edition.title(lang));
    }
    for (Language lang : edition.languages()) {
      doc.text(lang).paragraph(DocxStyles.SUBTITLE, versionLine(lang));
    }
    contents();
    doc.pageBreak();
    if (edition.bilingual()) {
      columns();
    } else {
      preamble(doc.text(first), first);
      parts(edition.body(), doc.text(first), first);
    }
    colophon();
    doc.runningHead(edition.title(first) + " · " + versionLine(first));
    doc.pageNumbers();
    doc.updateFieldsOnOpen();
    doc.properties(
        edition.title(first),
        edition.languages().stream().map(this::versionLine).collect(Collectors.joining(" / ")),
        edition.languages(),
        edition.workUri(),
        edition.generatedAt());
    return doc.bytes();
  }

  private String versionLine(Language lang) {
    return EditionWords.of(lang).versionLine(edition.version(), lang);
  }

  /**
   * The contents heading and a TOC field whose result, until Word updates it with page numbers, is
   * the list of divisions and articles: an application that does not update fields still shows the
   * contents.
   */
  private void contents() {
    XWPFParagraph heading = null;
    for (Language lang : edition.languages()) {
      String word = EditionWords.of(lang).contents;
      if (heading == null) {
        heading = doc.text(lang).paragraph(DocxStyles.CONTENTS_HEADING, word);
      } else {
        doc.text(lang).run(heading, " / " + word);
      }
    }
    Language lang = edition.language();
    DocxText text = doc.text(lang);
    List<Entry> entries = new ArrayList<>();
    if (!edition.preamble(lang).isEmpty()) {
      entries.add(new Entry(DocxStyles.CONTENTS_1, EditionWords.of(lang).preamble));
    }
    entries(edition.body(), lang, entries);
    XWPFParagraph p = text.paragraph(DocxStyles.CONTENTS_1, "");
    DocxText.beginField(p, CONTENTS_FIELD);
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = entries.get(i);
      if (i > 0) {
        p = text.paragraph(entry.style(), "");
      } else {
        p.setStyle(entry.style());
      }
      text.run(p, entry.text());
    }
    DocxText.endField(p);
  }

  private static void entries(List<Part> parts, Language lang, List<Entry> into) {
    EditionWords words = EditionWords.of(lang);
    for (Part part : parts) {
      if (part instanceof DivisionPart division) {
        into.add(new Entry(DocxStyles.CONTENTS_1, division.heading(lang).full()));
        entries(division.children(), lang, into);
      } else if (part instanceof ArticlePart article) {
        article
            .text(lang)
            .ifPresent(t -> into.add(new Entry(DocxStyles.CONTENTS_2, DocxText.heading(words, t))));
      }
    }
  }

  private void preamble(DocxText text, Language lang) {
    List<String> preamble = edition.preamble(lang);
    if (preamble.isEmpty()) {
      return;
    }
    text.paragraph(DocxStyles.DIVISION, EditionWords.of(lang).preamble);
    for (String paragraph : preamble) {
      text.paragraph(DocxStyles.BODY, paragraph);
    }
  }

  private void parts(List<Part> parts, DocxText text, Language lang) {
    for (Part part : parts) {
      if (part instanceof DivisionPart division) {
        text.paragraph(DocxStyles.DIVISION, division.heading(lang).full());
        parts(division.children(), text, lang);
      } else if (part instanceof ArticlePart article) {
        article.text(lang).ifPresent(t -> text.article(EditionWords.of(lang), t));
      }
    }
  }

  /** The bilingual edition: a column per language, a row per division and per article. */
  private void columns() {
    DocxTable table =
        new DocxTable(
            doc,
            edition.languages().stream()
                .map(lang -> new DocxTable.Column(name(lang), lang))
                .toList());
    if (edition.languages().stream().anyMatch(lang -> !edition.preamble(lang).isEmpty())) {
      int longest =
          edition.languages().stream()
              .mapToInt(lang -> String.join("", edition.preamble(lang)).length())
              .max()
              .orElse(0);
      List<XWPFTableCell> cells = table.row(longest);
      for (int i = 0; i < cells.size(); i++) {
        Language lang = edition.languages().get(i);
        preamble(cell(cells, i), lang);
      }
    }
    rows(edition.body(), table);
  }

  private void rows(List<Part> parts, DocxTable table) {
    for (Part part : parts) {
      if (part instanceof DivisionPart division) {
        List<XWPFTableCell> cells = table.row();
        for (int i = 0; i < cells.size(); i++) {
          Language lang = edition.languages().get(i);
          cell(cells, i).paragraph(DocxStyles.DIVISION, division.heading(lang).full());
        }
        rows(division.children(), table);
      } else if (part instanceof ArticlePart article) {
        List<XWPFTableCell> cells = table.row(length(article));
        for (int i = 0; i < cells.size(); i++) {
          Language lang = edition.languages().get(i);
          DocxText text = cell(cells, i);
          article.text(lang).ifPresent(t -> text.article(EditionWords.of(lang), t));
        }
      }
    }
  }

  /**
   * The text of the cell in column {@code i}: only the first column's headings make the outline.
   */
  private DocxText cell(List<XWPFTableCell> cells, int i) {
    DocxText text = DocxText.in(cells.get(i), edition.languages().get(i));
    return i == 0 ? text : text.outsideOutline();
  }

  private static int length(ArticlePart article) {
    return article.texts().values().stream().mapToInt(t -> t.plain().length()).max().orElse(0);
  }

  private void colophon() {
    for (Language lang : edition.languages()) {
      EditionWords words = EditionWords.of(lang);
      DocxText text = doc.text(lang);
      text.paragraph(DocxStyles.COLOPHON, words.work + ": " + edition.workUri());
      text.paragraph(DocxStyles.COLOPHON, words.recordedLine(edition.version(), lang));
      text.paragraph(
          DocxStyles.COLOPHON,
          words.generatedOn + " " + EditionWords.date(edition.generatedAt(), lang));
    }
  }

  /** The language's name in itself: {@code Español}, {@code English}. */
  private static String name(Language lang) {
    Locale locale = Locale.forLanguageTag(lang.name());
    String name = locale.getDisplayLanguage(locale);
    return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
  }
}
