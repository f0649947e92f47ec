package org.consulta.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.consulta.drafting.ArticleRevision;
import org.consulta.drafting.Language;
import org.consulta.drafting.LawVersions;
import org.consulta.drafting.LawViews;

/**
 * Two rounds of one law side by side: per article, its text in each consulted version and what each
 * round said about it, so drafters see whether a revised article drew fewer objections.
 */
@ApplicationScoped
@Transactional
public class RoundComparison {
  @Inject private CommentFinder finder;
  @Inject private LawViews laws;
  @Inject private LawVersions versions;

  public record Comparison(long round, long with, Language lang, List<ArticleRow> articles) {}

  /** Revision numbers are those of the article in each round's version; null when absent. */
  public record ArticleRow(
      String eId,
      Integer revision,
      Integer withRevision,
      boolean textChanged,
      Tally tally,
      Tally withTally) {}

  public record Tally(int comments, int suggestions, int accepted, int unanswered) {}

  public Comparison compare(Consultation round, Consultation with) {
    Language lang = round.languages().get(0);
    Map<String, ArticleRevision> before = byEId(versions.revisions(round.version(), lang));
    Map<String, ArticleRevision> after = byEId(versions.revisions(with.version(), lang));
    Map<String, List<Comment>> said = threadsByArticle(round);
    Map<String, List<Comment>> withSaid = threadsByArticle(with);
    Set<String> eIds = new LinkedHashSet<>(readingOrder(round, lang));
    eIds.addAll(readingOrder(with, lang));
    List<ArticleRow> rows = new ArrayList<>();
    for (String eId : eIds) {
      ArticleRevision a = before.get(eId);
      ArticleRevision b = after.get(eId);
      rows.add(
          new ArticleRow(
              eId,
              a == null ? null : a.number(),
              b == null ? null : b.number(),
              a == null || b == null || !a.body().equals(b.body()),
              tally(said.get(eId)),
              tally(withSaid.get(eId))));
    }
    return new Comparison(round.id(), with.id(), lang, rows);
  }

  private List<String> readingOrder(Consultation round, Language lang) {
    return laws.law(round.law(), lang, round.version()).articles().stream()
        .map(LawViews.ArticleView::eId)
        .toList();
  }

  private static Map<String, ArticleRevision> byEId(List<ArticleRevision> revisions) {
    return revisions.stream()
        .collect(Collectors.toMap(r -> r.article().eId(), Function.identity()));
  }

  private Map<String, List<Comment>> threadsByArticle(Consultation round) {
    return finder.all(round).stream()
        .filter(c -> !c.isReply())
        .collect(Collectors.groupingBy(c -> c.article().eId()));
  }

  private static Tally tally(List<Comment> threads) {
    List<Comment> all = threads == null ? List.of() : threads;
    return new Tally(
        (int) all.stream().filter(c -> !c.isSuggestion()).count(),
        (int) all.stream().filter(Comment::isSuggestion).count(),
        (int)
            all.stream()
                .filter(
                    c ->
                        c.disposition() == Disposition.ACCEPTED
                            || c.disposition() == Disposition.PARTIALLY_ACCEPTED)
                .count(),
        (int) all.stream().filter(c -> c.disposition() == null && !c.isHidden()).count());
  }
}
