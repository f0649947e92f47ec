package org.consulta.publication;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.consulta.drafting.Language;

/**
 * One law at one version, in one language or two side by side: the one model every publication
 * format (print, PDF, DOCX, Akoma Ntoso) renders, so that none reads the database its own way.
 *
 * @param history the recorded versions up to the one shown, oldest first
 */
public record Edition(
    String slug,
    String workUri,
    List<Language> languages,
    Map<Language, String> titles,
    Map<Language, List<String>> preambles,
    EditionVersion version,
    List<EditionVersion> history,
    List<Part> body,
    Instant generatedAt) {
  public Edition {
    languages = List.copyOf(languages);
    titles = Map.copyOf(titles);
    preambles = Map.copyOf(preambles);
    history = List.copyOf(history);
    body = List.copyOf(body);
  }

  public boolean bilingual() {
    return languages.size() > 1;
  }

  /** The first language: the one a single-language edition is in. */
  public Language language() {
    return languages.get(0);
  }

  public String title(Language lang) {
    return titles.get(lang);
  }

  public List<String> preamble(Language lang) {
    return preambles.getOrDefault(lang, List.of());
  }

  /** Every article, in reading order. */
  public List<ArticlePart> articles() {
    List<ArticlePart> articles = new ArrayList<>();
    collect(body, articles);
    return articles;
  }

  private static void collect(List<Part> parts, List<ArticlePart> articles) {
    for (Part part : parts) {
      if (part instanceof ArticlePart article) {
        articles.add(article);
      } else if (part instanceof DivisionPart division) {
        collect(division.children(), articles);
      }
    }
  }
}
