package org.consulta.publication;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an article's stored text, blocks separated by blank lines, as numbered paragraphs with
 * their lettered items, and gives each an eId by the Akoma Ntoso naming convention ({@code
 * art_2__para_1__point_a}).
 */
public final class ArticleBody {
  private static final Pattern PARAGRAPH = Pattern.compile("(\\d+)\\.\\s+(.*)", Pattern.DOTALL);
  private static final Pattern POINT = Pattern.compile("([a-z]{1,3})\\)\\s+(.*)", Pattern.DOTALL);

  private final String articleEId;
  private final List<Draft> drafts = new ArrayList<>();
  private final Set<String> taken = new HashSet<>();

  private record Draft(String eId, String num, String text, List<Point> points) {}

  private ArticleBody(String articleEId) {
    this.articleEId = articleEId;
  }

  public static List<Paragraph> parse(String articleEId, String body) {
    ArticleBody reader = new ArticleBody(articleEId);
    for (String block : body.split("\n\\s*\n")) {
      String text = block.strip().replaceAll("\\s*\n\\s*", " ");
      if (!text.isEmpty()) {
        reader.read(text);
      }
    }
    return reader.drafts.stream()
        .map(d -> new Paragraph(d.eId(), d.num(), d.text(), d.points()))
        .toList();
  }

  private void read(String block) {
    Matcher point = POINT.matcher(block);
    if (point.matches()) {
      if (drafts.isEmpty()) {
        open(null, "");
      }
      Draft paragraph = drafts.get(drafts.size() - 1);
      String eId = free(paragraph.eId() + "__point_" + point.group(1));
      paragraph.points().add(new Point(eId, point.group(1) + ")", point.group(2)));
      return;
    }
    Matcher numbered = PARAGRAPH.matcher(block);
    if (numbered.matches()) {
      open(numbered.group(1), numbered.group(2));
    } else {
      open(null, block);
    }
  }

  private void open(String number, String text) {
    String ordinal = number != null ? number : String.valueOf(drafts.size() + 1);
    String eId = free(articleEId + "__para_" + ordinal);
    drafts.add(new Draft(eId, number == null ? null : number + ".", text, new ArrayList<>()));
  }

  /** The id, or the id with the lowest suffix {@code _k} still free: eIds must be unique. */
  private String free(String eId) {
    String candidate = eId;
    for (int k = 1; !taken.add(candidate); k++) {
      candidate = eId + "_" + k;
    }
    return candidate;
  }
}
