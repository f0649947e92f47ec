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
  private static final String BAR = "#3182bd";
  private static final String AXIS = "#888";

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
      svg("0 0 100 10", "10", "aria-hidden", "true");
      rect(0, 0, 100.0 * bar.count() / max, 10, BAR).close();
      out.close().close().element("td", String.valueOf(bar.count()), "class", "num").close();
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
    int width = 10 * Math.max(1, articles.size());
    long max = Math.max(1, articles.stream().mapToLong(Bar::count).max().orElse(1));
    svg("0 0 " + width + " 40", "48", "role", "img", "aria-label", title);
    rect(0, 39.5, width, 0.5, AXIS).close();
    for (int i = 0; i < articles.size(); i++) {
      Bar bar = articles.get(i);
      double height = 38.0 * bar.count() / max;
      rect(i * 10 + 1, 39.5 - height, 8, height, BAR)
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

  /** Opens an SVG drawing as wide as its box, {@code height} pixels high, stretched to fit. */
  private void svg(String viewBox, String height, String... more) {
    String[] attributes = {
      "xmlns",
      SVG,
      "viewBox",
      viewBox,
      "width",
      "100%",
      "height",
      height,
      "preserveAspectRatio",
      "none",
      "focusable",
      "false"
    };
    String[] all = new String[attributes.length + more.length];
    System.arraycopy(attributes, 0, all, 0, attributes.length);
    System.arraycopy(more, 0, all, attributes.length, more.length);
    out.open("svg", all);
  }

  /** Opens a filled rectangle; the caller closes it, after a title if it has one. */
  private XhtmlWriter rect(double x, double y, double width, double height, String fill) {
    return out.open(
        "rect",
        "x",
        number(x),
        "y",
        number(y),
        "width",
        number(width),
        "height",
        number(height),
        "fill",
        fill);
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
