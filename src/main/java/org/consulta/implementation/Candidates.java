package org.consulta.implementation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.consulta.drafting.Article;
import org.consulta.drafting.ArticleRevision;
import org.consulta.drafting.Language;
import org.consulta.drafting.Law;
import org.consulta.drafting.Laws;
import org.consulta.legislation.ComparableProvision;
import org.consulta.legislation.ComparableQuery;
import org.consulta.legislation.LegislationIndex;

/**
 * The provisions of one country most like an article as it stands, found by the comparable search
 * with a country filter: what an assessor may ground an assessment in. Only offered; nothing is
 * recorded until a person records it.
 */
@ApplicationScoped
public class Candidates {
  static final int LIMIT = 5;

  @Inject private Laws laws;
  @Inject private LegislationIndex index;

  /** Up to {@link #LIMIT} candidates, leaving out provisions in {@code known}. */
  List<ComparableProvision> of(Law law, Article article, String country, Set<String> known) {
    Map<Language, String> texts = new EnumMap<>(Language.class);
    for (Language language : law.languages()) {
      ArticleRevision head = laws.head(article, language);
      if (!head.deleted()) {
        texts.put(language, head.heading() + "\n" + head.body());
      }
    }
    if (texts.isEmpty()) {
      return List.of();
    }
    try {
      return index
          .comparable(new ComparableQuery(texts, Set.of(), Set.of(country), LIMIT + known.size()))
          .provisions()
          .stream()
          .filter(p -> !known.contains(p.id()))
          .limit(LIMIT)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
