package org.consulta.bench;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consulta.drafting.DivisionKind;
import org.consulta.drafting.Language;
import org.consulta.drafting.LawViews;
import org.consulta.publication.Edition;
import org.consulta.publication.EditionAssembly;
import org.consulta.publication.EditionVersion;

/**
 * One version of a Chilean code, as a history file holds it, laid out as the engine would show it:
 * articles cut by {@link ArticleSplitter}, one paragraph per line of the enacted text, inside the
 * divisions its Markdown headings open ("## LIBRO I" then its title line, "### Título II", "####
 * Capítulo III", "##### Párrafo 1º"), nested by heading level.
 */
final class CodeEdition {
  private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(\\S.*)$");

  /** A division being filled while the text is read: its heading's lines and its children. */
  private static final class Division {
    final String eId;
    final DivisionKind kind;
    final int level;
    final String number;
    final List<String> title = new ArrayList<>();
    final List<Object> children = new ArrayList<>();

    Division(String eId, DivisionKind kind, int level, String number) {
      this.eId = eId;
      this.kind = kind;
      this.level = level;
      this.number = number;
    }

    LawViews.DivisionNode node() {
      String heading = title.isEmpty() ? number : number + ". " + String.join(" ", title);
      return new LawViews.DivisionNode("division", eId, kind.label(), heading, nodes(children));
    }
  }

  private final List<Object> body = new ArrayList<>();
  private final List<Division> open = new ArrayList<>();
  private final Set<String> divisionIds = new HashSet<>();
  private final List<String> preamble = new ArrayList<>();
  private String title;
  private Division heading;
  private int articles;

  private CodeEdition() {}

  /** The version as an edition in Spanish, with the versions up to it as its history. */
  static Edition of(
      String slug, HistoryFile.Version version, List<EditionVersion> history, Instant now) {
    LawViews.LawView view = view(slug, version.text());
    return EditionAssembly.of(Map.of(Language.es, view), stamp(version), history, now);
  }

  static EditionVersion stamp(HistoryFile.Version version) {
    return new EditionVersion(
        version.number(),
        version.label(),
        LocalDate.parse(version.date()).atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  static LawViews.LawView view(String slug, String text) {
    CodeEdition code = new CodeEdition();
    for (ArticleSplitter.Piece piece : ArticleSplitter.split(text)) {
      code.read(piece);
    }
    return new LawViews.LawView(
        slug,
        "/akn/cl/act/code/" + slug,
        "code",
        Language.es,
        List.of(Language.es),
        code.title == null ? slug : code.title,
        String.join("\n\n", code.preamble),
        null,
        nodes(code.body));
  }

  /**
   * An article piece runs from its own heading line to the next article, so the division headings
   * that open before the next article sit at its end: its text stops at the first of them.
   */
  private void read(ArticleSplitter.Piece piece) {
    boolean isPreamble = piece.eId().equals(ArticleSplitter.PREAMBLE);
    heading = null;
    List<String> text = isPreamble ? preamble : new ArrayList<>();
    boolean added = isPreamble;
    String[] lines = piece.text().split("\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      Matcher h = HEADING.matcher(line);
      // An article's own first line may carry Markdown marks ("### Artículo 5"): not a division.
      if (h.matches() && (isPreamble || i > 0)) {
        if (h.group(1).length() == 1 && isPreamble && title == null) {
          title = h.group(2).strip();
          continue;
        }
        if (!added) {
          addArticle(piece.eId(), text);
          added = true;
        }
        openDivision(h.group(1).length(), h.group(2).strip());
      } else if (!line.isEmpty()) {
        // The lines after a heading, up to what comes next, are its title.
        (heading != null ? heading.title : text).add(line);
      }
    }
    if (!added) {
      addArticle(piece.eId(), text);
    }
  }

  private void addArticle(String eId, List<String> text) {
    Division division = open.isEmpty() ? null : open.get(open.size() - 1);
    children(division)
        .add(
            new LawViews.ArticleView(
                "article",
                eId,
                ++articles,
                "",
                String.join("\n\n", text),
                Language.es,
                1,
                "",
                division == null ? null : division.eId,
                null,
                false,
                null));
  }

  private void openDivision(int level, String number) {
    while (!open.isEmpty() && open.get(open.size() - 1).level >= level) {
      open.remove(open.size() - 1);
    }
    Division parent = open.isEmpty() ? null : open.get(open.size() - 1);
    DivisionKind kind =
        level <= 2 ? DivisionKind.TITLE : level == 3 ? DivisionKind.CHAPTER : DivisionKind.SECTION;
    heading = new Division(divisionId(parent, kind, number), kind, level, number);
    children(parent).add(heading);
    open.add(heading);
  }

  private List<Object> children(Division division) {
    return division == null ? body : division.children;
  }

  private static List<Object> nodes(List<Object> parts) {
    return parts.stream().map(p -> p instanceof Division d ? d.node() : p).toList();
  }

  /**
   * Named after the heading's own number ({@code title_libro_i__chp_titulo_ii}) rather than its
   * place, so that a division inserted before it does not move every article after it.
   */
  private String divisionId(Division parent, DivisionKind kind, String number) {
    String name =
        Normalizer.normalize(number, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "_")
            .replaceAll("^_|_$", "");
    // Some headings are whole sentences: their first words name them well enough.
    name = name.length() <= 40 ? name : name.substring(0, 40).replaceAll("_[^_]*$", "");
    String eId = (parent == null ? "" : parent.eId + "__") + kind.prefix() + "_" + name;
    String unique = eId;
    for (int k = 2; !divisionIds.add(unique); k++) {
      unique = eId + "_" + k;
    }
    return unique;
  }
}
