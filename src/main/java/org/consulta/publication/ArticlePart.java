package org.consulta.publication;

import java.util.Map;
import java.util.Optional;
import org.consulta.drafting.Language;

/**
 * An article with its text in each language of the edition, aligned by eId; a language in which the
 * article is deleted has no text.
 */
public record ArticlePart(String eId, Map<Language, ArticleText> texts) implements Part {
  public ArticlePart {
    texts = Map.copyOf(texts);
  }

  public Optional<ArticleText> text(Language lang) {
    return Optional.ofNullable(texts.get(lang));
  }
}
