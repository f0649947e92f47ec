package org.consulta.implementation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.consulta.drafting.Language;
import org.consulta.drafting.Law;
import org.consulta.drafting.Laws;

/** Reads the map: the whole matrix, a country's or an article's line of it, one cell's history. */
@ApplicationScoped
@Transactional
public class ImplementationViews {
  @PersistenceContext private EntityManager em;
  @Inject private Laws laws;
  @Inject private Assessments assessments;
  @Inject private Candidates candidates;

  public ImplementationMatrix matrix(String slug, String langCode) {
    Law law = laws.bySlug(slug);
    Language lang = laws.language(law, langCode);
    Map<Long, Map<String, Assessment>> current = byArticle(assessments.currentOf(law));
    Groundings groundings = Groundings.load(em, law, null, null, List.of());
    List<String> countries = countries(current, groundings);
    Map<String, Map<String, Integer>> byCountry = new LinkedHashMap<>();
    countries.forEach(c -> byCountry.put(c, zero()));
    Map<String, Integer> totals = zero();
    List<ImplementationMatrix.Row> rows = new ArrayList<>();
    for (LawLines.Line line : LawLines.of(laws, law, lang, current.keySet())) {
      Map<String, Assessment> cells = current.getOrDefault(line.article().id(), Map.of());
      Map<String, Integer> counts = zero();
      List<ImplementationMatrix.Cell> row = new ArrayList<>();
      for (String country : countries) {
        Assessment a = cells.get(country);
        String status = status(a);
        count(counts, status);
        count(byCountry.get(country), status);
        count(totals, status);
        row.add(
            new ImplementationMatrix.Cell(
                country,
                status,
                a == null ? 0 : a.version(),
                a == null ? 0 : a.provisions().size(),
                groundings.referenceCount(line.article().id(), country)));
      }
      rows.add(
          new ImplementationMatrix.Row(
              line.eId(), line.number(), line.head().heading(), line.deleted(), counts, row));
    }
    List<ImplementationMatrix.Column> columns =
        countries.stream()
            .map(
                c ->
                    new ImplementationMatrix.Column(
                        c,
                        CountryCodes.name(c, lang),
                        byCountry.get(c),
                        rows.stream().mapToInt(r -> references(r, c)).sum()))
            .toList();
    return new ImplementationMatrix(slug, lang, statuses(), totals, columns, rows);
  }

  public ImplementationProfiles.Country country(String slug, String code, String langCode) {
    Law law = laws.bySlug(slug);
    Language lang = laws.language(law, langCode);
    String country = CountryCodes.parse("country", code);
    Map<Long, Assessment> current = new HashMap<>();
    assessments.currentOf(law).stream()
        .filter(a -> a.country().equals(country))
        .forEach(a -> current.put(a.article().id(), a));
    Groundings groundings = Groundings.load(em, law, country, null, current.values());
    Map<String, Integer> counts = zero();
    List<ImplementationProfiles.ArticleEntry> entries = new ArrayList<>();
    for (LawLines.Line line : LawLines.of(laws, law, lang, current.keySet())) {
      long id = line.article().id();
      AssessmentView view = view(current.get(id), line.eId(), country, groundings);
      count(counts, view.status());
      entries.add(
          new ImplementationProfiles.ArticleEntry(
              line.eId(),
              line.number(),
              line.head().heading(),
              line.deleted(),
              view,
              groundings.references(id, country)));
    }
    return new ImplementationProfiles.Country(
        slug, lang, country, CountryCodes.name(country, lang), counts, entries);
  }

  public ImplementationProfiles.Article article(String slug, String eId, String langCode) {
    Law law = laws.bySlug(slug);
    Language lang = laws.language(law, langCode);
    var article = laws.article(law, eId);
    Map<String, Assessment> current = new HashMap<>();
    assessments.currentOf(law).stream()
        .filter(a -> a.article().id().equals(article.id()))
        .forEach(a -> current.put(a.country(), a));
    Groundings groundings = Groundings.load(em, law, null, eId, current.values());
    Map<String, Integer> counts = zero();
    List<ImplementationProfiles.CountryEntry> entries = new ArrayList<>();
    for (String country : countries(Map.of(article.id(), current), groundings)) {
      AssessmentView view = view(current.get(country), eId, country, groundings);
      count(counts, view.status());
      entries.add(
          new ImplementationProfiles.CountryEntry(
              country,
              CountryCodes.name(country, lang),
              view,
              groundings.references(article.id(), country)));
    }
    var head = laws.head(article, lang);
    Integer number =
        LawLines.of(laws, law, lang, Set.of()).stream()
            .filter(line -> line.eId().equals(eId))
            .findFirst()
            .map(LawLines.Line::number)
            .orElse(null);
    return new ImplementationProfiles.Article(
        slug, lang, eId, number, head.heading(), head.body(), head.deleted(), counts, entries);
  }

  /**
   * One cell as it stands, with the article's references to the country's provisions and, while
   * nobody has assessed it, candidates among the country's other provisions.
   */
  public ImplementationProfiles.Cell cell(String slug, String eId, String code, String langCode) {
    String country = CountryCodes.parse("country", code);
    Assessments.Target target = assessments.target(slug, eId);
    Language lang = laws.language(target.law(), langCode);
    var current = assessments.current(target.article(), country);
    Groundings groundings =
        Groundings.load(em, target.law(), country, eId, current.stream().toList());
    AssessmentView view = view(current.orElse(null), eId, country, groundings);
    List<NationalProvision> references = groundings.references(target.article().id(), country);
    boolean open =
        !target.deleted() && view.status().equals(ImplementationStatus.NOT_ASSESSED.wire());
    return new ImplementationProfiles.Cell(
        slug,
        eId,
        country,
        CountryCodes.name(country, lang),
        view,
        references,
        open
            ? candidates.of(
                target.law(),
                target.article(),
                country,
                references.stream().map(NationalProvision::id).collect(Collectors.toSet()))
            : List.of());
  }

  /** Every version of a cell, oldest first. */
  public List<AssessmentView> history(String slug, String eId, String code) {
    String country = CountryCodes.parse("country", code);
    Assessments.Target target = assessments.target(slug, eId);
    List<Assessment> versions = assessments.history(target.article(), country);
    Groundings groundings = Groundings.load(em, target.law(), country, eId, versions);
    return versions.stream().map(groundings::view).toList();
  }

  /** The view of an assessment just written, for the write's answer. */
  public AssessmentView written(Assessment assessment) {
    return Groundings.load(
            em,
            assessment.article().law(),
            assessment.country(),
            assessment.article().eId(),
            List.of(assessment))
        .view(assessment);
  }

  private static AssessmentView view(
      Assessment assessment, String eId, String country, Groundings groundings) {
    return assessment == null
        ? AssessmentView.unassessed(eId, country)
        : groundings.view(assessment);
  }

  /** The corpus's countries, those referenced and those assessed, by ISO code. */
  private List<String> countries(
      Map<Long, Map<String, Assessment>> current, Groundings groundings) {
    Set<String> countries =
        new TreeSet<>(
            em.createQuery("select distinct i.country from Instrument i", String.class)
                .getResultList());
    countries.addAll(groundings.countries());
    current.values().forEach(byCountry -> countries.addAll(byCountry.keySet()));
    return List.copyOf(countries);
  }

  private static Map<Long, Map<String, Assessment>> byArticle(List<Assessment> assessments) {
    return assessments.stream()
        .collect(
            Collectors.groupingBy(
                a -> a.article().id(), Collectors.toMap(Assessment::country, a -> a)));
  }

  private static int references(ImplementationMatrix.Row row, String country) {
    return row.cells().stream()
        .filter(c -> c.country().equals(country))
        .mapToInt(ImplementationMatrix.Cell::references)
        .sum();
  }

  private static String status(Assessment assessment) {
    return assessment == null
        ? ImplementationStatus.NOT_ASSESSED.wire()
        : assessment.status().wire();
  }

  static List<String> statuses() {
    return Arrays.stream(ImplementationStatus.values()).map(ImplementationStatus::wire).toList();
  }

  private static Map<String, Integer> zero() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    statuses().forEach(s -> counts.put(s, 0));
    return counts;
  }

  private static void count(Map<String, Integer> counts, String status) {
    counts.merge(status, 1, Integer::sum);
  }
}
