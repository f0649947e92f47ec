package org.consulta.drafting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consulta.platform.DomainException;

/**
 * Inserts, moves and deletes articles. These change the law's structure, which every language
 * shares, so each writes one revision in every language and holds the law's lock while it does.
 */
@ApplicationScoped
@Transactional
public class ArticleArrangement {
  private static final Pattern ARTICLE_EID = Pattern.compile("art_([0-9]+)|art_[a-z0-9_]+");

  @PersistenceContext private EntityManager em;
  @Inject private Laws laws;
  @Inject private ArticleEditor editor;
  @Inject private Clock clock;
  @Inject private Event<ArticlesInserted> inserted;

  /** The text of a new article in one language. */
  public record ArticleText(String heading, String body) {}

  /** Inserts an article; returns its first revision in every language. */
  public Map<Language, ArticleRevision> insert(
      String slug,
      Placement placement,
      String eId,
      Map<Language, ArticleText> texts,
      String message,
      String author) {
    Law law = laws.locked(slug);
    if (texts.isEmpty()) {
      throw DomainException.invalid(
          "texts", "a new article needs its text in at least one language");
    }
    for (Language lang : texts.keySet()) {
      laws.language(law, lang.name());
    }
    Language first = law.languages().get(0);
    Slot slot = Slot.resolve(placement, law, laws, laws.heads(law, first), null);
    Article article = new Article(law, eId == null ? nextEId(law) : checkedEId(law, eId));
    em.persist(article);
    Map<Language, ArticleRevision> written = new EnumMap<>(Language.class);
    ArticleRevision source = null;
    for (Language lang : law.languages()) {
      ArticleText text = texts.getOrDefault(lang, new ArticleText("", ""));
      var change =
          new ArticleRevision.Change(
              ChangeKind.INSERTED,
              null,
              false,
              slot.division(),
              slot.sortKey(),
              text.heading(),
              text.body(),
              author,
              clock.instant(),
              ArticleEditor.message(message, "Insert"));
      ArticleRevision revision = ArticleRevision.first(article, lang, change);
      em.persist(revision);
      em.persist(new ArticleHead(revision));
      written.put(lang, revision);
      if (texts.containsKey(lang) && source == null) {
        source = revision;
      }
    }
    for (Language lang : law.languages()) {
      if (!texts.containsKey(lang)) {
        em.persist(new TranslationLag(article, lang, source, null));
      }
    }
    inserted.fire(new ArticlesInserted(slug));
    return written;
  }

  /** Moves an article; returns the revision the move wrote in every language. */
  public Map<Language, ArticleRevision> move(
      String slug, String eId, Placement placement, String message, String author) {
    Law law = laws.locked(slug);
    Article article = laws.article(law, eId);
    if (eId.equals(placement.after())) {
      throw DomainException.invalid("after", "an article cannot be placed after itself");
    }
    Map<Language, ArticleHead> heads = editor.lockHeads(article);
    Language first = law.languages().get(0);
    ArticleEditor.live(heads.get(first).revision());
    Slot slot = Slot.resolve(placement, law, laws, laws.heads(law, first), article);
    return placed(heads, slot, ChangeKind.MOVED, ArticleEditor.message(message, "Move"), author);
  }

  public void delete(String slug, String eId, String message, String author) {
    Law law = laws.locked(slug);
    Article article = laws.article(law, eId);
    Map<Language, ArticleHead> heads = editor.lockHeads(article);
    for (ArticleHead head : heads.values()) {
      ArticleRevision current = ArticleEditor.live(head.revision());
      editor.advance(
          head,
          current.unchanged(
              ChangeKind.DELETED,
              author,
              clock.instant(),
              ArticleEditor.message(message, "Delete")));
    }
  }

  /**
   * Brings a deleted article back with the text it had when deleted, in every language; returns the
   * revision written in every language. It returns to its old division and position key, which
   * still sit between the neighbours it had; if a live article took that very key meanwhile, it
   * goes right after that article.
   */
  public Map<Language, ArticleRevision> restore(
      String slug, String eId, String message, String author) {
    Law law = laws.locked(slug);
    Article article = laws.article(law, eId);
    Map<Language, ArticleHead> heads = editor.lockHeads(article);
    Language first = law.languages().get(0);
    ArticleRevision gone = heads.get(first).revision();
    if (!gone.deleted()) {
      throw new DomainException(
          DomainException.Reason.CONFLICT,
          "article",
          "article '" + eId + "' is not deleted: only a deleted article can be restored");
    }
    if (gone.division().deleted()) {
      throw new DomainException(
          DomainException.Reason.CONFLICT,
          "division",
          "article '"
              + eId
              + "' was in division '"
              + gone.division().eId()
              + "', which has since been deleted");
    }
    Slot slot = Slot.restored(gone, laws.heads(law, first));
    return placed(
        heads, slot, ChangeKind.RESTORED, ArticleEditor.message(message, "Restore"), author);
  }

  /**
   * Writes in every language a revision that keeps the text and puts the article at {@code slot};
   * returns them.
   */
  private Map<Language, ArticleRevision> placed(
      Map<Language, ArticleHead> heads, Slot slot, ChangeKind kind, String message, String author) {
    Map<Language, ArticleRevision> written = new EnumMap<>(Language.class);
    for (ArticleHead head : heads.values()) {
      ArticleRevision current = head.revision();
      written.put(
          head.lang(),
          editor.advance(
              head,
              new ArticleRevision.Change(
                  kind,
                  current.number(),
                  false,
                  slot.division(),
                  slot.sortKey(),
                  current.heading(),
                  current.body(),
                  author,
                  clock.instant(),
                  message)));
    }
    return written;
  }

  private String checkedEId(Law law, String eId) {
    if (!ARTICLE_EID.matcher(eId).matches()) {
      throw DomainException.invalid("eId", "an article eId looks like art_12 or art_12a");
    }
    boolean taken =
        !em.createQuery("select a from Article a where a.law = :law and a.eId = :e", Article.class)
            .setParameter("law", law)
            .setParameter("e", eId)
            .getResultList()
            .isEmpty();
    if (taken) {
      throw new DomainException(
          DomainException.Reason.CONFLICT, "eId", "eId '" + eId + "' is already used in this law");
    }
    return eId;
  }

  /** One past the highest numeric eId ever used, so a deleted article's eId is never reused. */
  private String nextEId(Law law) {
    int highest = 0;
    for (String used :
        em.createQuery("select a.eId from Article a where a.law = :law", String.class)
            .setParameter("law", law)
            .getResultList()) {
      Matcher numbered = ARTICLE_EID.matcher(used);
      if (numbered.matches() && numbered.group(1) != null) {
        highest = Math.max(highest, Integer.parseInt(numbered.group(1)));
      }
    }
    return "art_" + (highest + 1);
  }
}
