package org.consulta.consultation;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.consulta.organisations.Sector;
import org.consulta.platform.DomainException;
import org.consulta.platform.JsonFields;
import org.consulta.platform.ProblemCode;
import org.consulta.platform.QueryParams;
import org.consulta.platform.WireNames;
import org.consulta.revisions.AnchorState;

/** Reads what the comment API receives: where a comment points, list filters, pages. */
final class CommentRequests {
  static final Set<String> POINTER = Set.of("article", "lang", "revision", "passage");
  static final int MAX_COMMENT = 20000;
  static final int MAX_REPLACEMENT = 1_000_000;
  static final int MAX_PAGE = 1000;
  private static final int DEFAULT_PAGE = 200;
  private static final Set<String> PASSAGE = Set.of("start", "end", "quote");

  private CommentRequests() {}

  static CommentWriter.Pointer pointer(JsonFields fields) {
    return new CommentWriter.Pointer(
        fields.requiredText("article", 100),
        fields.optionalText("lang", 2).orElse(null),
        fields.optionalInt("revision", 1, Integer.MAX_VALUE).orElse(null),
        fields.optionalObject("passage", PASSAGE).map(CommentRequests::range).orElse(null));
  }

  private static CommentWriter.Range range(JsonFields passage) {
    return new CommentWriter.Range(
        passage
            .optionalInt("start", 0, Integer.MAX_VALUE)
            .orElseThrow(
                () ->
                    DomainException.invalid(
                        ProblemCode.REQUIRED,
                        "passage.start",
                        "field 'passage.start' is required")),
        passage
            .optionalInt("end", 0, Integer.MAX_VALUE)
            .orElseThrow(
                () ->
                    DomainException.invalid(
                        ProblemCode.REQUIRED, "passage.end", "field 'passage.end' is required")),
        passage.optionalText("quote", MAX_REPLACEMENT).orElse(null));
  }

  /** The filter that query parameters ask for; {@code disposition=none} means unanswered. */
  static CommentFilter filter(
      String article,
      String state,
      String sector,
      String country,
      String disposition,
      String kind,
      String channel,
      String meeting) {
    if (kind != null && !kind.equals("suggestion") && !kind.equals("all")) {
      throw DomainException.invalid(
          ProblemCode.INVALID_FORMAT, "kind", "kind is 'all' or 'suggestion'");
    }
    boolean unanswered = "none".equals(disposition);
    return new CommentFilter(
        blankToNull(article),
        states(state),
        sector == null ? null : WireNames.parse(Sector.class, "sector", sector),
        blankToNull(country),
        disposition == null || unanswered
            ? null
            : WireNames.parse(Disposition.class, "disposition", disposition),
        unanswered,
        "suggestion".equals(kind),
        channel == null ? null : WireNames.parse(Channel.class, "channel", channel),
        meeting == null ? null : (long) QueryParams.requiredPositive("meeting", meeting));
  }

  /** One state or several, comma-separated, such as {@code changed,orphaned}. */
  private static Set<AnchorState> states(String states) {
    if (states == null || states.isBlank()) {
      return null;
    }
    return Arrays.stream(states.split(","))
        .map(s -> WireNames.parse(AnchorState.class, "state", s.trim()))
        .collect(Collectors.toSet());
  }

  static int offset(String offset) {
    return QueryParams.optionalInt("offset", offset, 0, Integer.MAX_VALUE, 0);
  }

  static int limit(String limit) {
    return QueryParams.optionalInt("limit", limit, 1, MAX_PAGE, DEFAULT_PAGE);
  }

  static long commentId(String value) {
    return QueryParams.requiredPositive("comment", value);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
