package org.consulta.drafting;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consulta.platform.DomainException;

/**
 * The entity tag of a language version of an article names its language and revision, so an {@code
 * If-Match} taken from one language cannot be replayed against another.
 */
public final class ArticleETag {
  private static final Pattern TAG = Pattern.compile("\"([a-z]{2})-(\\d{1,9})\"");

  private ArticleETag() {}

  public static String of(ArticleRevision revision) {
    return of(revision.lang(), revision.number());
  }

  static String of(Language lang, int number) {
    return "\"" + lang + "-" + number + "\"";
  }

  /** The revision number an {@code If-Match} header names; null when the header is absent. */
  public static Integer baseRevision(String ifMatch, Language lang) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return null;
    }
    Matcher tag = TAG.matcher(ifMatch.trim());
    if (!tag.matches()) {
      throw new DomainException(
          DomainException.Reason.PRECONDITION_FAILED,
          "If-Match",
          "If-Match must be one ETag of this article, like \"" + lang + "-3\"");
    }
    if (!tag.group(1).equals(lang.name())) {
      throw new DomainException(
          DomainException.Reason.PRECONDITION_FAILED,
          "If-Match",
          "If-Match names the " + tag.group(1) + " version but the edit is to the " + lang);
    }
    return Integer.valueOf(tag.group(2));
  }
}
