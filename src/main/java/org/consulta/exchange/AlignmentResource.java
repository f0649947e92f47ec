package org.consulta.exchange;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.consulta.drafting.Language;
import org.consulta.drafting.Law;
import org.consulta.drafting.LawViews;
import org.consulta.drafting.Laws;
import org.consulta.drafting.ReadsWorkingText;

/**
 * Whether the language versions of a law still line up: the same articles, each with the same
 * numbered paragraphs and lettered items, and which versions await a translation update.
 */
@ReadsWorkingText
@Path("laws/{law}/alignment")
@Produces(MediaType.APPLICATION_JSON)
public class AlignmentResource {
  @Inject private Laws laws;
  @Inject private LawViews views;

  /** An article whose version in {@code lang} lags behind a change in another language. */
  public record Lagging(String eId, Language lang, Language sourceLang, int sourceRevision) {}

  public record Alignment(
      String law, boolean aligned, List<AlignmentProblem> problems, List<Lagging> needsUpdate) {}

  @GET
  public Alignment alignment(@PathParam("law") String slug) {
    Law law = laws.bySlug(slug);
    List<DraftDocument> documents = new ArrayList<>();
    List<Lagging> lagging = new ArrayList<>();
    for (Language lang : law.languages()) {
      LawViews.LawView view = views.law(law, lang, null);
      documents.add(DraftExport.document(view));
      view.articles().stream()
          .filter(a -> a.needsUpdate() != null)
          .forEach(
              a ->
                  lagging.add(
                      new Lagging(
                          a.eId(),
                          lang,
                          a.needsUpdate().sourceLang(),
                          a.needsUpdate().sourceRevision())));
    }
    List<AlignmentProblem> problems = new DraftAlignment().check(documents);
    return new Alignment(slug, problems.isEmpty(), problems, lagging);
  }
}
