package org.consulta.exchange;

import java.util.Arrays;
import java.util.Optional;

/**
 * The languages a draft may be written in, in the order their versions are listed, with the words
 * the headings of each must use.
 */
public enum DraftLanguage {
  ES("es", "Artículo", "Preámbulo"),
  EN("en", "Article", "Preamble"),
  PT("pt", "Artigo", "Preâmbulo"),
  FR("fr", "Article", "Préambule");

  private final String code;
  private final String articleWord;
  private final String preambleWord;

  DraftLanguage(String code, String articleWord, String preambleWord) {
    this.code = code;
    this.articleWord = articleWord;
    this.preambleWord = preambleWord;
  }

  public static Optional<DraftLanguage> fromCode(String code) {
    return Arrays.stream(values()).filter(language -> language.code.equals(code)).findFirst();
  }

  /** The code used as {@code lang} in the front matter and as the file name. */
  public String code() {
    return code;
  }

  /** The word that opens every article heading: {@code Artículo 12. Cuotas en listas}. */
  public String articleWord() {
    return articleWord;
  }

  /** The heading text of the preamble, which the document keeps no other trace of. */
  public String preambleWord() {
    return preambleWord;
  }
}
