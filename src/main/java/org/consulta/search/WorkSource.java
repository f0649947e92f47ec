package org.consulta.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.consulta.accounts.Account;
import org.consulta.consultation.Comment;
import org.consulta.consultation.CommentViews;
import org.consulta.consultation.Participant;
import org.consulta.consultation.Participants;
import org.consulta.drafting.Article;
import org.consulta.drafting.ArticleRevision;
import org.consulta.drafting.Division;
import org.consulta.drafting.Language;
import org.consulta.drafting.Law;
import org.consulta.drafting.LawLayout;
import org.consulta.drafting.Laws;
import org.consulta.platform.WireNames;

/**
 * Reads what the work index copies from the database, each call in a transaction of its own, as
 * plain records that outlive it. Comments are read without change tracking: nothing here writes.
 */
@ApplicationScoped
@Transactional
public class WorkSource {
  private static final String ECLIPSELINK_READ_ONLY = "eclipselink.read-only";

  @PersistenceContext private EntityManager em;
  @Inject private Laws laws;
  @Inject private Participants participants;

  public List<String> lawSlugs() {
    return laws.all().stream().map(Law::slug).toList();
  }

  /** The live articles of a law in every language, numbered as readers see them. */
  public List<ArticleRecord> articles(String slug) {
    Law law = laws.find(slug).orElse(null);
    if (law == null) {
      return List.of();
    }
    List<ArticleRecord> articles = new ArrayList<>();
    for (Language lang : law.languages()) {
      String title = law.expression(lang).orElseThrow().title();
      LawLayout layout = LawLayout.of(laws.divisions(law), laws.heads(law, lang));
      for (LawLayout.Placed placed : layout.articles()) {
        var revision = placed.revision();
        articles.add(
            new ArticleRecord(
                slug,
                title,
                placed.eId(),
                placed.number(),
                lang,
                revision.number(),
                revision.heading(),
                revision.body()));
      }
    }
    return articles;
  }

  /**
   * The current state of one article in every language where it is live, numbered as readers see it
   * from the other articles' places alone (their texts are not read); empty when the article does
   * not exist.
   */
  public Optional<ArticleEntries> article(long id) {
    Article article = em.find(Article.class, id);
    if (article == null) {
      return Optional.empty();
    }
    Law law = article.law();
    List<Division> divisions = laws.divisions(law);
    List<ArticleRecord> records = new ArrayList<>();
    for (Language lang : law.languages()) {
      ArticleRevision revision = laws.head(article, lang);
      if (revision.deleted()) {
        continue;
      }
      var position = new LawLayout.Position(revision.division().id(), revision.sortKey());
      OptionalInt number =
          LawLayout.numberAmong(divisions, position, laws.positions(law, lang, article));
      if (number.isPresent()) {
        records.add(
            new ArticleRecord(
                law.slug(),
                law.expression(lang).orElseThrow().title(),
                article.eId(),
                number.getAsInt(),
                lang,
                revision.number(),
                revision.heading(),
                revision.body()));
      }
    }
    return Optional.of(new ArticleEntries(law.slug(), article.eId(), records));
  }

  /** What the index holds for one article: its entry in each language where it is live. */
  public record ArticleEntries(String law, String eId, List<ArticleRecord> languages) {}

  /** Those of the comments {@code ids} that exist. */
  public List<CommentRecord> comments(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return records(
        em.createQuery("select c from Comment c where c.id in :ids", Comment.class)
            .setParameter("ids", ids)
            .setHint(ECLIPSELINK_READ_ONLY, true)
            .getResultList());
  }

  /** Up to {@code max} comments after the id {@code after}, in id order, for a rebuild. */
  public List<CommentRecord> commentsAfter(long after, int max) {
    return records(
        em.createQuery("select c from Comment c where c.id > :after order by c.id", Comment.class)
            .setParameter("after", after)
            .setMaxResults(max)
            .setHint(ECLIPSELINK_READ_ONLY, true)
            .getResultList());
  }

  private List<CommentRecord> records(List<Comment> comments) {
    Map<Long, Account> authors = new HashMap<>();
    comments.forEach(c -> authors.put(c.author().id(), c.author()));
    Map<Long, Participant> byAccount = new HashMap<>();
    participants.of(authors.values()).forEach(p -> byAccount.put(p.account().id(), p));
    return comments.stream().map(c -> record(c, byAccount.get(c.author().id()))).toList();
  }

  private static CommentRecord record(Comment c, Participant participant) {
    return new CommentRecord(
        c.id(),
        CommentViews.kind(c),
        c.consultation().id(),
        c.consultation().law().slug(),
        c.article().eId(),
        c.lang(),
        c.author().id(),
        c.root().author().id(),
        c.speaker().map(Comment.Speaker::name).orElse(c.author().displayName()),
        c.speaker()
            .map(s -> WireNames.of(s.sector()))
            .orElse(participant == null ? null : WireNames.of(participant.sector())),
        c.speaker()
            .map(Comment.Speaker::country)
            .orElse(participant == null ? null : participant.country()),
        c.isReply() ? null : WireNames.of(c.anchorState()),
        c.isReply() ? null : c.disposition() == null ? "none" : WireNames.of(c.disposition()),
        c.isHidden(),
        c.body(),
        c.proposal());
  }
}
