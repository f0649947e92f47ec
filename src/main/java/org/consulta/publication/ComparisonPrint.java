package org.consulta.publication;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.consulta.drafting.Language;
import org.consulta.drafting.LawComparison.Status;

/**
 * The comparative table as a print document, one XHTML page for a browser to print and for {@link
 * PdfEdition}: on landscape A4, the law's title and the two versions, a summary of what changed,
 * then a table with the earlier text, the later text and the changes marked ({@code <ins>}
 * underlined, {@code <del>} struck through, legible in black and white), a row across the table
 * where the division changes, and the header row on every page. Articles whose words did not change
 * take one line unless the table shows them in full.
 */
public final class ComparisonPrint {
  private static final String COMPARISON_CSS = PrintFrame.resource("comparison.css");

  /**
   * The characters of text past which a row may break across pages: about half a page of a column.
   * A shorter row moves to the next page whole; a longer one moved whole would leave too much of a
   * page empty.
   */
  private static final int LONG = 900;

  private final Comparison comparison;
  private final Language lang;
  private final EditionWords words;
  private final ComparisonWords changes;
  private final XhtmlWriter out;
  private final PrintRedline redline;

  /**
   * The outline as the table is written: each division it names with the articles under it; the
   * articles outside any division under none.
   */
  private final List<Entry> outline = new ArrayList<>();

  private record Entry(String label, String target, List<PrintDocument.Bookmark> articles) {
    Entry(String label, String target) {
      this(label, target, new ArrayList<>());
    }
  }

  private ComparisonPrint(Comparison comparison) {
    this.comparison = comparison;
    this.lang = comparison.language();
    this.words = EditionWords.of(lang);
    this.changes = ComparisonWords.of(lang);
    this.out =
        PrintFrame.begin(
            lang,
            title(),
            PrintFrame.stylesheet(
                    comparison.title(),
                    changes.title
                        + ": "
                        + shortName(comparison.from())
                        + " → "
                        + shortName(comparison.to()),
                    PrintFrame.Sheet.LANDSCAPE)
                + COMPARISON_CSS);
    this.redline = new PrintRedline(out, words, changes);
  }

  public static PrintDocument of(Comparison comparison) {
    ComparisonPrint print = new ComparisonPrint(comparison);
    String xhtml = print.write();
    return new PrintDocument(
        xhtml,
        print.title(),
        print.subject(),
        comparison.language(),
        comparison.workUri(),
        print.bookmarks());
  }

  private List<PrintDocument.Bookmark> bookmarks() {
    List<PrintDocument.Bookmark> bookmarks = new ArrayList<>();
    for (Entry entry : outline) {
      if (entry.label() == null) {
        bookmarks.addAll(entry.articles());
      } else {
        bookmarks.add(new PrintDocument.Bookmark(entry.label(), entry.target(), entry.articles()));
      }
    }
    return bookmarks;
  }

  private String title() {
    return comparison.title() + " · " + changes.title;
  }

  /** {@code Cuadro comparativo: Versión 1: Borrador 1 → Versión 2: Borrador 2}. */
  private String subject() {
    return changes.title
        + ": "
        + words.versionLine(comparison.from(), lang)
        + " → "
        + words.versionLine(comparison.to(), lang);
  }

  private String write() {
    masthead();
    summary();
    if (!comparison.rows().isEmpty()) {
      table();
    }
    colophon();
    return PrintFrame.end(out);
  }

  private void masthead() {
    out.open("header", "class", "masthead")
        .element("h1", comparison.title(), "class", "title")
        .element("p", changes.title, "class", "document")
        .open("p", "class", "versions")
        .element("span", dated(comparison.from()), "class", "from")
        .element("span", " → ")
        .element("span", dated(comparison.to()), "class", "to")
        .close()
        .close();
  }

  /** {@code Versión 2: Borrador 2 (1 de abril de 2026)}, or the working text as of its date. */
  private String dated(EditionVersion version) {
    String line = words.versionLine(version, lang);
    return version.recorded() ? line + " (" + EditionWords.date(version.at(), lang) + ")" : line;
  }

  /** {@code Versión 2}, or {@code Texto de trabajo}: the running head's short name. */
  private String shortName(EditionVersion version) {
    return version.recorded() ? words.version + " " + version.number() : words.workingText;
  }

  /** How many articles each kind of change touched, and what the table does with the rest. */
  private void summary() {
    ComparisonSummary s = comparison.summary();
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put(changes.counted(Status.CHANGED), s.changed());
    counts.put(changes.counted(Status.ADDED), s.added());
    counts.put(changes.counted(Status.DELETED), s.deleted());
    counts.put(changes.counted(Status.MOVED), s.moved());
    counts.put(changes.counted(Status.RENUMBERED), s.renumbered());
    counts.put(changes.unchanged, s.unchanged());
    // Not a list: a tagged PDF wants list items laid out as such, not along one line. Every piece
    // of text in an element of its own, as in PrintRedline#marked.
    out.open("section", "class", "summary").open("p", "class", "counts");
    String separator = "";
    for (Map.Entry<String, Integer> count : counts.entrySet()) {
      if (!separator.isEmpty()) {
        out.element("span", separator);
      }
      out.element("span", count.getKey() + ": ", "class", "label")
          .element("span", String.valueOf(count.getValue()), "class", "count");
      separator = " · ";
    }
    out.close().element("p", changes.unchangedNote(comparison.unchanged()), "class", "note");
    out.close();
  }

  private void table() {
    out.open("table", "class", "columns comparison").open("colgroup");
    for (String column : List.of("earlier", "later", "changes")) {
      out.empty("col", "class", column);
    }
    out.close().open("thead").open("tr");
    out.element("th", words.versionLine(comparison.from(), lang), "scope", "col");
    out.element("th", words.versionLine(comparison.to(), lang), "scope", "col");
    out.element("th", changes.changes, "scope", "col");
    out.close().close();
    int divisions = 0;
    for (List<ComparisonRow> group : byDivision(comparison.rows())) {
      Heading division = group.get(0).division();
      List<ComparisonRow> rest = group;
      if (division.full().isEmpty()) {
        outline.add(new Entry(null, null));
      } else {
        // The division's row and its first article make a row group of their own, kept on one
        // page, so that no page ends under a division heading.
        out.open("tbody", "class", "opening");
        division(division, "division-" + ++divisions);
        row(group.get(0));
        out.close();
        rest = group.subList(1, group.size());
      }
      if (!rest.isEmpty()) {
        out.open("tbody");
        rest.forEach(this::row);
        out.close();
      }
    }
    out.close();
  }

  /** The rows in runs that share a division, in the table's order. */
  private static List<List<ComparisonRow>> byDivision(List<ComparisonRow> rows) {
    List<List<ComparisonRow>> runs = new ArrayList<>();
    for (ComparisonRow row : rows) {
      if (runs.isEmpty() || !runs.get(runs.size() - 1).get(0).division().equals(row.division())) {
        runs.add(new ArrayList<>());
      }
      runs.get(runs.size() - 1).add(row);
    }
    return runs;
  }

  /** A row across the table: the chapter or section the next articles belong to. */
  private void division(Heading heading, String id) {
    out.open("tr", "class", "division", "id", id).open("td", "colspan", "3");
    PrintText.divisionHeading(out, heading, 2);
    out.close().close();
    outline.add(new Entry(heading.full(), id));
  }

  private void row(ComparisonRow row) {
    boolean fold = comparison.unchanged() != Unchanged.SHOW && row.sameWords();
    List<String> classes = new ArrayList<>(List.of("article"));
    row.statuses().forEach(status -> classes.add(status.name().toLowerCase(Locale.ROOT)));
    if (row.unchanged()) {
      classes.add("unchanged");
    }
    if (fold) {
      classes.add("folded");
    } else if (row.longestText() > LONG) {
      classes.add("long");
    }
    out.open("tr", "class", String.join(" ", classes), "id", row.eId());
    side(row.before(), fold);
    side(row.after(), fold);
    redline.cell(row, fold);
    out.close();
    // Each article once, as it now stands (as it stood, if deleted).
    ArticleText shown = row.after() != null ? row.after() : row.before();
    String label = EditionOutline.label(shown, words);
    outline
        .get(outline.size() - 1)
        .articles()
        .add(
            new PrintDocument.Bookmark(
                row.after() == null ? label + " (" + changes.status(Status.DELETED) + ")" : label,
                row.eId(),
                List.of()));
  }

  /** One side of the table: the article in full, its heading alone, or nothing. */
  private void side(ArticleText article, boolean fold) {
    out.open("td");
    if (article != null && fold) {
      out.element("p", EditionOutline.label(article, words), "class", "article-heading");
    } else if (article != null) {
      PrintText.articleHeading(out, article, words, 3);
      // Both sides hold the same paragraphs: their eIds would be ids twice.
      PrintText.paragraphs(out, article, false);
    }
    out.close();
  }

  private void colophon() {
    out.open("section", "class", "colophon")
        .element("p", words.work + ": " + comparison.workUri(), "class", "work")
        .element("p", words.recordedLine(comparison.from(), lang), "class", "recorded")
        .element("p", words.recordedLine(comparison.to(), lang), "class", "recorded")
        .element(
            "p",
            words.generatedOn + " " + EditionWords.date(comparison.generatedAt(), lang),
            "class",
            "generated")
        .close();
  }
}
