package org.consulta.consultation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

  /** Reads, in one query, the revisions that the passages of {@code comments} were chosen in. */
  ArticleTexts preload(List<Comment> comments) {
    Map<Long, Article> articles = new HashMap<>();
    Set<Integer> numbers = new HashSet<>();
    Set<Key> wanted = new HashSet<>();
    for (Comment c : comments) {
      if (c.selection().isPresent()) {
        articles.put(c.article().id(), c.article());
        numbers.add(c.revision());
        wanted.add(new Key(c.article().id(), c.lang(), c.revision()));
      }
    }
    for (ArticleRevision r : laws.revisions(articles.values(), numbers)) {
      Key key = new Key(r.article().id(), r.lang(), r.number());
      if (wanted.contains(key)) {
        revisions.put(key, r);
      }
    }
    return this;
  }

  ArticleRevision revision(Article article, Language lang, int number) {
    return revisions.computeIfAbsent(
        new Key(article.id(), lang, number), k -> laws.revision(article, lang, number, "revision"));
  }

  ArticleRevision head(Article article, Language lang) {
    return heads.computeIfAbsent(new HeadKey(article.id(), lang), k -> laws.head(article, lang));
  }
}
