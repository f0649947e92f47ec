package org.consulta.consultation;

import org.consulta.platform.DomainException;
import org.consulta.platform.ProblemCode;

/**
 * Converts between the offsets of the API, which count Unicode code points as the W3C Web
 * Annotation model does, and Java's UTF-16 offsets, in which an emoji counts twice.
 */
final class CodePoints {
  private CodePoints() {}

  static int toUtf16(String text, int codePoints, String field) {
    int length = text.codePointCount(0, text.length());
    if (codePoints < 0 || codePoints > length) {
      throw DomainException.invalid(
          ProblemCode.OUT_OF_RANGE,
          field,
          field + " must be between 0 and " + length + ", the length of the text");
    }
    return text.offsetByCodePoints(0, codePoints);
  }

  static int fromUtf16(String text, int utf16) {
    return text.codePointCount(0, utf16);
  }
}
