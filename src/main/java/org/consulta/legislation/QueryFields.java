package org.consulta.legislation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.consulta.drafting.Language;

/**
 * The field names a query may use and what each stands for in an index: a text field is analysed
 * once per language ({@code text_es}, {@code text_en}…), {@link #ANY} names the text fields a bare
 * word searches, a keyword field matches one exact term, a number field holds integers.
 */
public final class QueryFields {
  /** The field of words typed without one. */
  public static final String ANY = "any";

  /** How a keyword is written in the index, so that {@code country:cl} meets {@code CL}. */
  public enum Spelling {
    UPPER,
    LOWER,
    AS_TYPED
  }

  /** A keyword as users name it, the index field holding it and how values are spelled there. */
  public record Keyword(String field, Spelling spelling) {}

  private final Map<String, List<String>> text;
  private final Map<String, Keyword> keywords;
  private final Set<String> numbers;
  private final Set<String> analysed;
  private final String names;

  /**
   * @param text user name to the analysed fields it covers; must map {@link #ANY}
   * @param keywords user name to keyword
   * @param numbers integer fields, named as in the index
   */
  public QueryFields(
      Map<String, List<String>> text, Map<String, Keyword> keywords, Set<String> numbers) {
    if (!text.containsKey(ANY)) {
      throw new IllegalArgumentException("the text fields must say what '" + ANY + "' covers");
    }
    this.text = Map.copyOf(text);
    this.keywords = Map.copyOf(keywords);
    this.numbers = Set.copyOf(numbers);
    this.analysed =
        Arrays.stream(Language.values())
            .flatMap(language -> text.get(ANY).stream().map(name -> field(name, language)))
            .collect(Collectors.toUnmodifiableSet());
    List<String> all = new ArrayList<>(text.keySet());
    all.remove(ANY);
    all.addAll(keywords.keySet());
    all.addAll(numbers);
    all.sort(null);
    this.names = String.join(", ", all);
  }

  /** The analysed field of a language: {@code text_es}. */
  public static String field(String name, Language language) {
    return name + "_" + language;
  }

  /** The analysed fields of one language, as a {@link LanguageAnalyzer} is assigned them. */
  public List<String> analysedFields(Language language) {
    return text.get(ANY).stream().map(name -> field(name, language)).toList();
  }

  List<String> text(String name) {
    return text.get(name);
  }

  boolean isText(String name) {
    return text.containsKey(name);
  }

  Keyword keyword(String name) {
    return keywords.get(name);
  }

  boolean isNumber(String name) {
    return numbers.contains(name);
  }

  boolean isAnalysed(String field) {
    return analysed.contains(field);
  }

  String names() {
    return names;
  }

  static String spelled(Keyword keyword, String value) {
    return switch (keyword.spelling()) {
      case UPPER -> value.toUpperCase(Locale.ROOT);
      case LOWER -> value.toLowerCase(Locale.ROOT);
      case AS_TYPED -> value;
    };
  }
}
