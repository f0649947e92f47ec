package org.consulta.implementation;

import java.util.List;
import java.util.Map;
import org.consulta.drafting.Language;
import org.consulta.legislation.ComparableProvision;

/** The map read along one line: a country across the articles, or an article across countries. */
public final class ImplementationProfiles {
  private ImplementationProfiles() {}

  /**
   * How a country's legislation covers each article: the assessment with its provisions, and the
   * article's references to the country's provisions.
   */
  public record Country(
      String law,
      Language lang,
      String country,
      String name,
      Map<String, Integer> counts,
      List<ArticleEntry> articles) {}

  public record ArticleEntry(
      String eId,
      Integer number,
      String heading,
      boolean deleted,
      AssessmentView assessment,
      List<NationalProvision> references) {}

  /** Which countries adopted an article and how, with the article's text. */
  public record Article(
      String law,
      Language lang,
      String eId,
      Integer number,
      String heading,
      String text,
      boolean deleted,
      Map<String, Integer> counts,
      List<CountryEntry> countries) {}

  public record CountryEntry(
      String country, String name, AssessmentView assessment, List<NationalProvision> references) {}

  /**
   * One cell with what may ground it: the article's references to the country's provisions and,
   * while nobody has assessed it, the country's provisions most like the article as candidates.
   * Candidates are offered, never recorded: only a person records an assessment.
   */
  public record Cell(
      String law,
      String eId,
      String country,
      String name,
      AssessmentView assessment,
      List<NationalProvision> references,
      List<ComparableProvision> candidates) {}
}
