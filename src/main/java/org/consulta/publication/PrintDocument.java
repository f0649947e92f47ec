package org.consulta.publication;

import java.util.List;
import org.consulta.drafting.Language;

/**
 * A print document ready for paper or PDF: its XHTML and what a PDF states about it.
 *
 * @param xhtml a whole page as {@link PrintFrame} frames it
 * @param title the document's title, as its metadata and a reader's window show it
 * @param subject one line on what it is (the version, the versions compared)
 * @param language the document's main language
 * @param keywords the work URI and the like, for catalogues
 * @param bookmarks the outline, each entry pointing at an id in the XHTML
 */
public record PrintDocument(
    String xhtml,
    String title,
    String subject,
    Language language,
    String keywords,
    List<Bookmark> bookmarks) {
  public PrintDocument {
    bookmarks = List.copyOf(bookmarks);
  }

  /** An entry of the outline: a label, the id it points at ({@code art_3}), its sub-entries. */
  public record Bookmark(String label, String target, List<Bookmark> children) {
    public Bookmark {
      children = List.copyOf(children);
    }
  }
}
