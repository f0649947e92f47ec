package org.consulta.consultation;

import java.util.List;
import java.util.Locale;
import org.consulta.publication.XhtmlWriter;

/**
 * The report screen's charts drawn once more as static SVG for the printed report: contributions
 * per article as a strip of bars along the consulted text, and counts as horizontal bars. Every bar
 * sits in a table row with its label and number, so the figures read as text on paper and in a PDF
 * reader, and the bars are only what the eye compares.
 */
final class ReportCharts {
  private static final String SVG = "http://www.w3.org/2000/svg";

  /** A bar: what it counts, in words, and how many. */
  record Bar(String label, long count) {}

  private final XhtmlWriter out;

  ReportCharts(XhtmlWriter out) {
    this.out = out;
  }

  /** A titled table of bars, longest first as given; "none" when there is nothing to count. */
  void bars(String id, String title, List<Bar> bars, String none) {
    out.open("div", "class", "chart bars", "id", id).element("h3", title);
    if (bars.isEmpty()) {
      out.element("p", none, "class", "none").close();
      return;
    }
    long max = Math.max(1, bars.stream().mapToLong(Bar::count).max().orElse(1));
    out.open("table", "class", "bars").open("tbody");
    for (Bar bar : bars) {
      out.open("tr").element("th", bar.label(), "scope", "row").open("td", "class", "bar");
      out.open(
              "svg",
              "xmlns",
              SVG,
              "viewBox",
              "0 0 100 10",
              "width",
              "100%",
              "height",
              "10",
              "preserveAspectRatio",
              "none",
              "aria-hidden",
              "true",
              "focusable",
              "false")
          .open(
              "rect",
              "x",
              "0",
              "y",
              "0",
              "width",
              number(100.0 * bar.count() / max),
              "height",
              "10",
              "fill",
              "#3182bd")
          .close()
          .close();
      out.close().element("td", String.valueOf(bar.count()), "class", "num").close();
    }
    out.close().close().close();
  }

  /**
   * One column per article of the consulted text, as high as its count, with the first and last
   * article's names under the strip; each column's title names its article and count.
   */
  void perArticle(String title, String lead, List<Bar> articles) {
    out.open("div", "class", "chart per-article", "id", "chart-articles")
        .element("h3", title)
        .element("p", lead, "class", "lead");
    int n = Math.max(1, articles.size());
    long max = Math.max(1, articles.stream().mapToLong(Bar::count).max().orElse(1));
    out.open(
        "svg",
        "xmlns",
        SVG,
        "viewBox",
        "0 0 " + n * 10 + " 40",
        "width",
        "100%",
        "height",
        "48",
        "preserveAspectRatio",
        "none",
        "role",
        "img",
        "aria-label",
        title);
    out.open(
            "rect",
            "x",
            "0",
            "y",
            "39.5",
            "width",
            String.valueOf(n * 10),
            "height",
            "0.5",
            "fill",
            "#888")
        .close();
    for (int i = 0; i < articles.size(); i++) {
      Bar bar = articles.get(i);
      double height = 38.0 * bar.count() / max;
      out.open(
              "rect",
              "x",
              number(i * 10 + 1.0),
              "y",
              number(39.5 - height),
              "width",
              "8",
              "height",
              number(height),
              "fill",
              "#3182bd")
          .element("title", bar.label() + ": " + bar.count())
          .close();
    }
    out.close();
    if (!articles.isEmpty()) {
      out.open("p", "class", "axis")
          .element("span", articles.get(0).label(), "class", "first")
          .element("span", articles.get(articles.size() - 1).label(), "class", "last")
          .close();
    }
    out.close();
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
