package org.consulta.search;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.consulta.consultation.Disposition;
import org.consulta.drafting.Language;
import org.consulta.legislation.SearchParams;
import org.consulta.organisations.Sector;
import org.consulta.platform.DomainException;
import org.consulta.platform.QueryParams;
import org.consulta.platform.WireNames;
import org.consulta.revisions.AnchorState;

/**
 * Reads the query parameters of a search of articles or comments, with the bounds and conventions
 * of the legislation search: several values per filter, an unknown parameter refused by name.
 */
final class WorkParams {
  private static final Set<String> ARTICLE_PARAMS =
      Set.of("q", "scope", "law", "lang", "offset", "limit");
  private static final Set<String> COMMENT_PARAMS =
      Set.of(
          "q",
          "scope",
          "law",
          "consultation",
          "lang",
          "kind",
          "state",
          "sector",
          "country",
          "disposition",
          "offset",
          "limit");
  private static final Set<String> KINDS = Set.of("comment", "suggestion", "reply");
  private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
  private static final String UNANSWERED = "none";

  private WorkParams() {}

  /** The search {@code params} ask for, never finding the working text of {@code hidden} laws. */
  static ArticleQuery articles(MultivaluedMap<String, String> params, Set<String> hidden) {
    known(params, ARTICLE_PARAMS);
    return new ArticleQuery(
        params.getFirst("q"),
        SearchParams.values(params, "law", slug -> slug),
        SearchParams.values(params, "lang", code -> Language.parse("lang", code)),
        hidden,
        offset(params),
        limit(params));
  }

  static CommentQuery comments(MultivaluedMap<String, String> params, Viewer viewer) {
    known(params, COMMENT_PARAMS);
    return new CommentQuery(
        params.getFirst("q"),
        viewer,
        SearchParams.values(params, "law", slug -> slug),
        SearchParams.values(params, "consultation", WorkParams::consultation),
        SearchParams.values(params, "lang", code -> Language.parse("lang", code)),
        SearchParams.values(params, "kind", WorkParams::kind),
        SearchParams.values(
            params, "state", s -> WireNames.of(WireNames.parse(AnchorState.class, "state", s))),
        SearchParams.values(
            params, "sector", s -> WireNames.of(WireNames.parse(Sector.class, "sector", s))),
        SearchParams.values(params, "country", WorkParams::country),
        SearchParams.values(params, "disposition", WorkParams::disposition),
        offset(params),
        limit(params));
  }

  private static void known(MultivaluedMap<String, String> params, Set<String> known) {
    for (String name : params.keySet()) {
      if (!known.contains(name)) {
        throw DomainException.invalid(name, "unknown query parameter '" + name + "'");
      }
    }
  }

  private static int offset(MultivaluedMap<String, String> params) {
    return QueryParams.optionalInt(
        "offset", params.getFirst("offset"), 0, SearchParams.MAX_OFFSET, 0);
  }

  private static int limit(MultivaluedMap<String, String> params) {
    return QueryParams.optionalInt(
        "limit", params.getFirst("limit"), 0, SearchParams.MAX_LIMIT, 20);
  }

  private static String consultation(String id) {
    return Integer.toString(QueryParams.requiredPositive("consultation", id));
  }

  private static String kind(String kind) {
    if (!KINDS.contains(kind)) {
      throw DomainException.invalid("kind", "kind is comment, suggestion or reply");
    }
    return kind;
  }

  private static String country(String code) {
    if (!COUNTRY.matcher(code).matches()) {
      throw DomainException.invalid("country", "country is an ISO 3166 code such as MX");
    }
    return code.toUpperCase(Locale.ROOT);
  }

  private static String disposition(String value) {
    return value.equals(UNANSWERED)
        ? value
        : WireNames.of(WireNames.parse(Disposition.class, "disposition", value));
  }
}
