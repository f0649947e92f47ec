package org.consulta.references;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.consulta.drafting.ArticleRevision;
import org.consulta.drafting.Language;
import org.consulta.drafting.Law;
import org.consulta.drafting.LawLayout;
import org.consulta.drafting.Laws;
import org.consulta.legislation.ProvisionRecord;

/** Reads references side by side with the articles they ground: one article, or a whole law. */
@ApplicationScoped
@Transactional
public class ComparativeViews {
  @PersistenceContext private EntityManager em;
  @Inject private Laws laws;
  @Inject private References references;

  public Comparative article(String slug, String eId, String langCode) {
    References.Target target = references.target(slug, eId);
    Language lang = laws.language(target.law(), langCode);
    ArticleRevision head = laws.head(target.article(), lang);
    Integer number =
        layout(target.law(), lang).article(eId).map(LawLayout.Placed::number).orElse(null);
    List<CountryGrouping.Linked> links =
        references.of(target.article()).stream()
            .map(r -> new CountryGrouping.Linked(r.provision().toRecord(), entry(r)))
            .toList();
    return new Comparative(
        slug,
        lang,
        new Comparative.ArticleText(
            eId, number, head.heading(), head.body(), head.number(), head.deleted()),
        links.size(),
        CountryGrouping.of(links, lang));
  }

  private static Comparative.Entry entry(ArticleReference r) {
    return new Comparative.Entry(
        r.id(),
        LinkedProvision.whole(r.provision().toRecord()),
        r.note(),
        r.createdBy(),
        r.createdAt(),
        r.changedBy(),
        r.changedAt());
  }

  public Grounding law(String slug, String langCode) {
    Law law = laws.bySlug(slug);
    Language lang = laws.language(law, langCode);
    Map<Long, Map<String, List<Grounding.Provision>>> linked = linked(law);
    List<ArticleRevision> heads = laws.heads(law, lang);
    List<Grounding.ArticleCounts> articles = new ArrayList<>();
    for (LawLayout.Placed placed : LawLayout.of(laws.divisions(law), heads).articles()) {
      articles.add(counted(placed.revision(), placed.number(), linked));
    }
    heads.stream()
        .filter(h -> h.deleted() && linked.containsKey(h.article().id()))
        .sorted(Comparator.comparing(h -> h.article().eId()))
        .forEach(h -> articles.add(counted(h, null, linked)));
    return new Grounding(
        slug,
        lang,
        articles.stream().mapToLong(Grounding.ArticleCounts::total).sum(),
        totals(articles, lang),
        articles);
  }

  /** The law's references per article id and country, each country's in the order linked. */
  private Map<Long, Map<String, List<Grounding.Provision>>> linked(Law law) {
    Map<Long, Map<String, List<Grounding.Provision>>> linked = new TreeMap<>();
    em.createQuery(
            "select r from ArticleReference r join fetch r.provision p join fetch p.instrument"
                + " where r.article.law = :law order by r.id",
            ArticleReference.class)
        .setParameter("law", law)
        .getResultList()
        .forEach(
            r -> {
              ProvisionRecord p = r.provision().toRecord();
              linked
                  .computeIfAbsent(r.article().id(), a -> new TreeMap<>())
                  .computeIfAbsent(p.country(), c -> new ArrayList<>())
                  .add(
                      new Grounding.Provision(
                          r.id(),
                          p.id(),
                          p.language(),
                          p.label(),
                          p.title(),
                          ReferenceView.instrument(p)));
            });
    return linked;
  }

  private static Grounding.ArticleCounts counted(
      ArticleRevision head,
      Integer number,
      Map<Long, Map<String, List<Grounding.Provision>>> linked) {
    Map<String, List<Grounding.Provision>> byCountry =
        linked.getOrDefault(head.article().id(), Map.of());
    return new Grounding.ArticleCounts(
        head.article().eId(),
        number,
        head.heading(),
        head.deleted(),
        byCountry.values().stream().mapToLong(List::size).sum(),
        byCountry.entrySet().stream()
            .map(e -> new Grounding.CountryCount(e.getKey(), e.getValue().size(), e.getValue()))
            .toList());
  }

  private static List<Grounding.CountryTotal> totals(
      List<Grounding.ArticleCounts> articles, Language lang) {
    Map<String, long[]> totals = new TreeMap<>();
    for (Grounding.ArticleCounts article : articles) {
      for (Grounding.CountryCount count : article.countries()) {
        long[] sums = totals.computeIfAbsent(count.country(), c -> new long[2]);
        sums[0] += count.count();
        sums[1]++;
      }
    }
    return totals.entrySet().stream()
        .map(
            e ->
                new Grounding.CountryTotal(
                    e.getKey(),
                    Countries.name(e.getKey(), lang),
                    e.getValue()[0],
                    (int) e.getValue()[1]))
        .toList();
  }

  private LawLayout layout(Law law, Language lang) {
    return LawLayout.of(laws.divisions(law), laws.heads(law, lang));
  }
}
