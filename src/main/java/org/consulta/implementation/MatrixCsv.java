package org.consulta.implementation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The matrix as CSV (RFC 4180, UTF-8): a row per article with its status in each country's column
 * and its counts by status, then a row per status counting each country's articles. Cells that a
 * spreadsheet would run as a formula are prefixed with an apostrophe.
 */
final class MatrixCsv {
  private MatrixCsv() {}

  static String render(ImplementationMatrix matrix) {
    var csv = new StringBuilder();
    List<String> header = new ArrayList<>(List.of("article", "number", "heading"));
    matrix.countries().forEach(c -> header.add(c.country()));
    header.addAll(matrix.statuses());
    row(csv, header);
    for (ImplementationMatrix.Row article : matrix.articles()) {
      List<String> cells = new ArrayList<>();
      cells.add(article.eId());
      cells.add(article.number() == null ? "" : article.number().toString());
      cells.add(article.heading());
      article.cells().forEach(c -> cells.add(c.status()));
      matrix.statuses().forEach(s -> cells.add(article.counts().get(s).toString()));
      row(csv, cells);
    }
    for (String status : matrix.statuses()) {
      List<String> cells = new ArrayList<>(List.of(status, "", ""));
      matrix.countries().forEach(c -> cells.add(c.counts().get(status).toString()));
      matrix
          .statuses()
          .forEach(s -> cells.add(s.equals(status) ? "" + matrix.totals().get(s) : ""));
      row(csv, cells);
    }
    return csv.toString();
  }

  private static void row(StringBuilder csv, List<String> cells) {
    csv.append(cells.stream().map(MatrixCsv::cell).collect(Collectors.joining(","))).append("\r\n");
  }

  static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String text = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
