package org.consulta.drafting;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The references between the articles of a law's working text in one language, and the broken ones
 * (to a deleted article, or to a number no article had) with the articles that hold them, for
 * drafters to mend.
 */
@ReadsWorkingText
@Path("laws/{law}/cross-references")
@Produces(MediaType.APPLICATION_JSON)
public class CrossReferenceResource {
  @Inject private Laws laws;
  @Inject private LawViews views;

  @PathParam("law")
  private String slug;

  @QueryParam("lang")
  private String lang;

  /**
   * One reference: the article that holds it ({@code source}, its number), the phrase as shown,
   * where it is in the shown text, its target and paragraph, the target's number (null when
   * broken).
   */
  public record Entry(
      String source,
      int sourceNumber,
      String phrase,
      int start,
      int end,
      String target,
      Integer paragraph,
      Integer targetNumber,
      boolean broken) {}

  /** A target that is not in the law, and the references to it. */
  public record Broken(String target, List<Entry> references) {}

  /** Every reference in reading order, and the broken ones grouped by target. */
  public record Report(String law, Language lang, List<Entry> references, List<Broken> broken) {}

  @GET
  public Report all() {
    Law law = laws.bySlug(slug);
    Language language = laws.language(law, lang);
    List<Entry> entries = new ArrayList<>();
    Map<String, List<Entry>> broken = new LinkedHashMap<>();
    for (LawViews.ArticleView article : views.law(law, language, null).articles()) {
      for (LawViews.ReferenceView r : article.references()) {
        Entry entry =
            new Entry(
                article.eId(),
                article.number(),
                article.text().substring(r.start(), r.end()),
                r.start(),
                r.end(),
                r.target(),
                r.paragraph(),
                r.number(),
                r.broken());
        entries.add(entry);
        if (r.broken()) {
          broken.computeIfAbsent(r.target(), t -> new ArrayList<>()).add(entry);
        }
      }
    }
    return new Report(
        slug,
        language,
        entries,
        broken.entrySet().stream().map(e -> new Broken(e.getKey(), e.getValue())).toList());
  }
}
