package org.consulta.legislation;

/**
 * A thesaurus file that does not follow its format; the message reads {@code file:line: problem}.
 */
public final class ThesaurusFormatException extends RuntimeException {
  ThesaurusFormatException(String file, int line, String problem) {
    super(file + ":" + line + ": " + problem);
  }
}
