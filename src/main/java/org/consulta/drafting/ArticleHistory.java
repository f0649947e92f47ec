package org.consulta.drafting;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.consulta.accounts.Accounts;
import org.consulta.platform.DomainException;
import org.consulta.platform.QueryParams;

/**
 * The revisions of one language version of an article, deleted articles included. A resource of its
 * own rather than a sub-resource, so that the OpenAPI document gives its whole path.
 */
@ReadsWorkingText
@Path("laws/{law}/articles/{eId}/revisions")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleHistory {
  @Inject private Laws laws;
  @Inject private Accounts accounts;
  @Inject private CrossReferences crossReferences;
  @Inject private OldRevisions oldRevisions;

  @PathParam("law")
  private String slug;

  @PathParam("eId")
  private String eId;

  @QueryParam("lang")
  private String lang;

  @GET
  public List<LawViews.RevisionSummary> all() {
    Law law = laws.bySlug(slug);
    List<ArticleRevision> revisions =
        laws.revisions(laws.article(law, eId), laws.language(law, lang));
    var names =
        accounts.displayNames(
            revisions.stream().map(ArticleRevision::author).collect(Collectors.toSet()));
    return revisions.stream().map(r -> LawViews.RevisionSummary.of(r, names)).toList();
  }

  /**
   * Read in one query when the language and number are well formed and the revision exists; any
   * other request is answered as before, naming what is wrong in the same order.
   */
  @GET
  @Path("{n}")
  public LawViews.RevisionView one(@PathParam("n") String n) {
    return wellFormed(n)
        .flatMap(number -> oldRevisions.find(slug, eId, number.lang(), number.n()))
        .orElseGet(() -> checked(n));
  }

  private record Asked(Language lang, int n) {}

  private Optional<Asked> wellFormed(String n) {
    Optional<Language> language =
        Arrays.stream(Language.values()).filter(l -> l.name().equals(lang)).findFirst();
    if (language.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Asked(language.get(), QueryParams.requiredPositive("n", n)));
    } catch (DomainException e) {
      return Optional.empty();
    }
  }

  private LawViews.RevisionView checked(String n) {
    Law law = laws.bySlug(slug);
    Language language = laws.language(law, lang);
    ArticleRevision revision =
        laws.revision(laws.article(law, eId), language, QueryParams.requiredPositive("n", n), "n");
    return LawViews.RevisionView.of(
        revision, crossReferences.current(law, language, List.of(revision)).text(revision));
  }
}
