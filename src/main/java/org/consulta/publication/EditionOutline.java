package org.consulta.publication;

import java.util.ArrayList;
import java.util.List;
import org.consulta.drafting.Language;

/** The outline of an edition as a PDF shows it: its divisions and, under them, its articles. */
public final class EditionOutline {
  private EditionOutline() {}

  public static List<PrintDocument.Bookmark> of(List<Part> parts, Language lang) {
    EditionWords words = EditionWords.of(lang);
    List<PrintDocument.Bookmark> marks = new ArrayList<>();
    for (Part part : parts) {
      if (part instanceof DivisionPart division) {
        marks.add(
            new PrintDocument.Bookmark(
                division.heading(lang).full(), division.eId(), of(division.children(), lang)));
      } else if (part instanceof ArticlePart article) {
        article
            .text(lang)
            .ifPresent(
                text ->
                    marks.add(
                        new PrintDocument.Bookmark(label(text, words), article.eId(), List.of())));
      }
    }
    return marks;
  }

  /** {@code Artículo 3. Definiciones}, as the contents and the outline name an article. */
  public static String label(ArticleText text, EditionWords words) {
    String number = words.articleNumber(text.number()) + ".";
    return text.heading() == null || text.heading().isBlank()
        ? number
        : number + " " + text.heading();
  }
}
