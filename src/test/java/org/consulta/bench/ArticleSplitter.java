package org.consulta.bench;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts the Markdown text of a Chilean code into articles at the lines that open one ("Artículo
 * 1°.-", "Art. 2.", "ART. 10 bis.", "Artículo 5 quáter Ñ.-", "Artículo veinte transitorio.-"). Each
 * piece runs from its heading line to the next, so the pieces joined give back the text exactly;
 * the text before the first article is the piece {@code art_0}.
 */
final class ArticleSplitter {
  static final String PREAMBLE = "art_0";

  /** One article of one version: its eId (stable across versions) and its exact text. */
  record Piece(String eId, String text) {}

  private static final String WORDS =
      "[úu]nic[oa]|final|primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|sext[oa]"
          + "|s[ée]ptim[oa]|octav[oa]|noven[oa]|d[ée]cim[oa]|und[ée]cim[oa]|duod[ée]cim[oa]"
          + "|vig[ée]sim[oa]|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce"
          + "|trece|catorce|quince|dieci[a-zé]+|veinte|veinti[a-zéú]+|treinta";
  private static final String SUFFIXES =
      "bis|ter|qu[áa]ter|quinquies|sexies|septies|octies|novies|nonies|decies|und[ée]cies"
          + "|duodecies|terdecies";
  // Only a capital "A" opens an article: lines starting "artículo 5 de la ley" are references.
  private static final Pattern HEADING =
      Pattern.compile(
          "^[#*\\s]*(?-i:A)(?:rt[íi]culo|rt\\.|rt)\\s*"
              + "(?<label>\\d+|(?:"
              + WORDS
              + ")(?:\\s+(?:"
              + WORDS
              + "))?(?!\\p{L}))?"
              + "\\s*(?:[°º]|o(?=[\\s.]))?"
              + "(?<suffix>(?:\\s*(?:"
              + SUFFIXES
              + ")(?!\\p{L})"
              + "|\\s*\\p{L}(?=\\s*(?:[.\\-–)°º]|(?:"
              + SUFFIXES
              + ")(?!\\p{L})|$))\\)?)*)"
              + "\\s*(?<transitory>transitori[oa](?!\\p{L}))?"
              + "(?![\\p{L}\\d])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private ArticleSplitter() {}

  static List<Piece> split(String text) {
    List<Piece> pieces = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    String eId = PREAMBLE;
    seen.put(PREAMBLE, 1);
    int start = 0;
    int lineStart = 0;
    while (lineStart < text.length()) {
      int newline = text.indexOf('\n', lineStart);
      int lineEnd = newline < 0 ? text.length() : newline;
      String heading = eIdOf(text.substring(lineStart, lineEnd));
      if (heading != null && (lineStart > start || !eId.equals(PREAMBLE))) {
        pieces.add(new Piece(eId, text.substring(start, lineStart)));
        start = lineStart;
      }
      if (heading != null) {
        eId = unique(heading, seen);
      }
      lineStart = newline < 0 ? text.length() : newline + 1;
    }
    pieces.add(new Piece(eId, text.substring(start)));
    if (!pieces.get(0).eId().equals(PREAMBLE)) {
      pieces.add(0, new Piece(PREAMBLE, ""));
    }
    return pieces;
  }

  /** The eId an article heading line names, such as {@code art_10bis}; null for other lines. */
  static String eIdOf(String line) {
    Matcher m = HEADING.matcher(line);
    if (!m.find() || (m.group("label") == null && m.group("transitory") == null)) {
      return null;
    }
    StringBuilder eId = new StringBuilder("art_");
    if (m.group("label") != null) {
      eId.append(plain(m.group("label")).replace(' ', '_'));
    }
    eId.append(plain(m.group("suffix")).replace(" ", ""));
    if (m.group("transitory") != null) {
      eId.append(m.group("label") == null ? "trans" : "_trans");
    }
    return eId.toString().replaceAll("[^a-z0-9_]", "");
  }

  // A label may repeat (a second series of numbers, a copied heading): number the repeats.
  private static String unique(String eId, Map<String, Integer> seen) {
    int n = seen.merge(eId, 1, Integer::sum);
    return n == 1 ? eId : eId + "_" + n;
  }

  private static String plain(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("\\s+", " ")
        .trim();
  }
}
