package org.consulta.implementation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consulta.platform.DomainException;

/**
 * The entity tag of an assessment names its article, country and version, so that an {@code
 * If-Match} taken from one cell of the map cannot be replayed against another.
 */
final class AssessmentETag {
  private static final Pattern TAG = Pattern.compile("\"(.+)/([A-Z]{2})/(\\d{1,9})\"");

  private AssessmentETag() {}

  static String of(String eId, String country, int version) {
    return "\"" + eId + "/" + country + "/" + version + "\"";
  }

  static String of(Assessment assessment) {
    return of(assessment.article().eId(), assessment.country(), assessment.version());
  }

  /** The version an {@code If-Match} header names for this cell; null when the header is absent. */
  static Integer version(String ifMatch, String eId, String country) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return null;
    }
    Matcher tag = TAG.matcher(ifMatch.trim());
    if (!tag.matches() || !tag.group(1).equals(eId) || !tag.group(2).equals(country)) {
      throw new DomainException(
          DomainException.Reason.PRECONDITION_FAILED,
          "If-Match",
          "If-Match must be the ETag of this assessment, like " + of(eId, country, 1));
    }
    return Integer.valueOf(tag.group(3));
  }
}
