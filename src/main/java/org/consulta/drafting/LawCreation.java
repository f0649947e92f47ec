package org.consulta.drafting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.consulta.platform.DomainException;
import org.consulta.platform.ProblemCode;

/** Creates a model law with its divisions and the first revision of each article, all at once. */
@ApplicationScoped
@Transactional
public class LawCreation {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
  private static final Pattern WORK = Pattern.compile("/akn/[a-z0-9/._-]+");

  @PersistenceContext private EntityManager em;
  @Inject private Laws laws;
  @Inject private Clock clock;
  @Inject private Event<ArticlesInserted> inserted;
  @Inject private CrossReferences crossReferences;
  @Inject private StructureHistory history;

  public Law create(NewLaw plan, String author, String message) {
    check(plan);
    Instant now = clock.instant();
    Law law = new Law(plan.slug(), plan.workUri(), plan.topic(), plan.numbering(), now);
    plan.expressions().forEach((lang, e) -> law.addExpression(lang, e.title(), e.preamble()));
    em.persist(law);
    var writer = new Writer(law, author, now, message);
    writer.divisions(plan.divisions(), null);
    crossReferences.link(law, writer.articles());
    history.created(law, author, now, ArticleEditor.message(message, "Created"));
    inserted.fire(new ArticlesInserted(law.slug()));
    return law;
  }

  private void check(NewLaw plan) {
    if (!SLUG.matcher(plan.slug()).matches()) {
      throw DomainException.invalid(
          ProblemCode.INVALID_FORMAT, "slug", "a slug is lower-case letters, digits and '-'");
    }
    if (!WORK.matcher(plan.workUri()).matches()) {
      throw DomainException.invalid(
          ProblemCode.INVALID_FORMAT,
          "workUri",
          "a work URI looks like /akn/oas/act/model-law/2025/x");
    }
    if (plan.expressions().isEmpty()) {
      throw DomainException.invalid(
          ProblemCode.REQUIRED, "languages", "a law needs at least one language version");
    }
    if (laws.find(plan.slug()).isPresent()) {
      throw new DomainException(
          DomainException.Reason.CONFLICT,
          ProblemCode.TAKEN,
          "slug",
          "a law '" + plan.slug() + "' already exists",
          Map.of());
    }
    laws.byWork(plan.workUri())
        .ifPresent(
            other -> {
              throw new DomainException(
                  DomainException.Reason.CONFLICT,
                  ProblemCode.TAKEN,
                  "workUri",
                  "the work " + plan.workUri() + " is already the law '" + other.slug() + "'",
                  Map.of());
            });
  }

  /** Writes divisions depth first, then every article with evenly spread position keys. */
  private final class Writer {
    private final Law law;
    private final String author;
    private final Instant now;
    private final String message;
    private final Set<String> eIds = new HashSet<>();
    private final List<Division> articleDivisions = new ArrayList<>();
    private final List<NewLaw.NewArticle> articles = new ArrayList<>();
    private int ordinal;

    Writer(Law law, String author, Instant now, String message) {
      this.law = law;
      this.author = author;
      this.now = now;
      this.message = message;
    }

    void divisions(List<NewLaw.NewDivision> plans, Division parent) {
      for (NewLaw.NewDivision plan : plans) {
        unique(plan.eId());
        var division =
            new Division(law, plan.eId(), plan.kind(), parent, ordinal++, plan.headings());
        em.persist(division);
        for (NewLaw.NewArticle article : plan.articles()) {
          unique(article.eId());
          articleDivisions.add(division);
          articles.add(article);
        }
        divisions(plan.divisions(), division);
      }
    }

    /** Writes every article's first revisions; returns them. */
    List<ArticleRevision> articles() {
      List<ArticleRevision> written = new ArrayList<>();
      for (int i = 0; i < articles.size(); i++) {
        var article = new Article(law, articles.get(i).eId());
        em.persist(article);
        String key = SortKey.nth(i, articles.size());
        for (Language lang : law.languages()) {
          var text = articles.get(i).texts().get(lang);
          if (text == null) {
            throw DomainException.invalid(
                "articles", "article '" + article.eId() + "' has no " + lang + " text");
          }
          var revision =
              ArticleRevision.first(
                  article,
                  lang,
                  new ArticleRevision.Change(
                      ChangeKind.INSERTED,
                      null,
                      false,
                      articleDivisions.get(i),
                      key,
                      text.heading(),
                      text.body(),
                      author,
                      now,
                      message));
          em.persist(revision);
          em.persist(new ArticleHead(revision));
          written.add(revision);
        }
      }
      return written;
    }

    private void unique(String eId) {
      if (!eIds.add(eId)) {
        throw DomainException.invalid("eId", "eId '" + eId + "' is used twice");
      }
    }
  }
}
