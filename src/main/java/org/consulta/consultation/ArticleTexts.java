package org.consulta.consultation;

import java.util.HashMap;
import java.util.Map;
import org.consulta.drafting.Article;
import org.consulta.drafting.ArticleRevision;
import org.consulta.drafting.Language;
import org.consulta.drafting.Laws;

/** The revisions that a batch of comments refers to, each read from the database once. */
final class ArticleTexts {
  private record Key(long article, Language lang, int revision) {}

  private record HeadKey(long article, Language lang) {}

  private final Laws laws;
  private final Map<Key, ArticleRevision> revisions = new HashMap<>();
  private final Map<HeadKey, ArticleRevision> heads = new HashMap<>();

  ArticleTexts(Laws laws) {
    this.laws = laws;
  }

  ArticleRevision revision(Article article, Language lang, int number) {
    return revisions.computeIfAbsent(
        new Key(article.id(), lang, number), k -> laws.revision(article, lang, number, "revision"));
  }

  ArticleRevision head(Article article, Language lang) {
    return heads.computeIfAbsent(new HeadKey(article.id(), lang), k -> laws.head(article, lang));
  }
}
