package org.consulta.legislation;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.consulta.drafting.Article;
import org.consulta.drafting.ArticleRevision;
import org.consulta.drafting.Language;
import org.consulta.drafting.Law;
import org.consulta.drafting.LawNotFound;
import org.consulta.drafting.Laws;
import org.consulta.drafting.ReadsWorkingText;
import org.consulta.platform.QueryParams;

/**
 * National provisions comparable to a model-law article as it stands, in all its languages. Open to
 * everyone. A root resource of its own: its path is longer than {@code laws/{law}/articles}, so
 * JAX-RS matches it first.
 */
@ReadsWorkingText
@Path("laws/{law}/articles/{eId}/comparable")
@Produces(MediaType.APPLICATION_JSON)
public class ComparableResource {
  static final int MAX_LIMIT = 50;
  private static final Set<String> KNOWN = Set.of("lang", "country", "limit");

  @Inject private Laws laws;
  @Inject private LegislationIndex index;

  @GET
  public ComparableResults comparable(
      @PathParam("law") String slug, @PathParam("eId") String eId, @Context UriInfo uri) {
    MultivaluedMap<String, String> params = uri.getQueryParameters();
    SearchParams.refuseUnknown(params, KNOWN);
    var query =
        new ComparableQuery(
            texts(slug, eId),
            SearchParams.values(params, "lang", code -> Language.parse("lang", code)),
            SearchParams.values(params, "country", SearchParams::country),
            QueryParams.optionalInt("limit", params.getFirst("limit"), 1, MAX_LIMIT, 10));
    try {
      return index.comparable(query);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The article's current heading and text in each language it is not deleted in. */
  private Map<Language, String> texts(String slug, String eId) {
    Law law = laws.bySlug(slug);
    Article article = laws.article(law, eId);
    Map<Language, String> texts = new EnumMap<>(Language.class);
    for (Language language : law.languages()) {
      ArticleRevision head = laws.head(article, language);
      if (!head.deleted()) {
        texts.put(language, head.heading() + "\n" + head.body());
      }
    }
    if (texts.isEmpty()) {
      throw new LawNotFound("eId", "article '" + eId + "' of '" + slug + "' was deleted");
    }
    return texts;
  }
}
