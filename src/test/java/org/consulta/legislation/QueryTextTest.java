package org.consulta.legislation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.lucene.search.Query;
import org.consulta.drafting.Language;
import org.consulta.platform.DomainException;
import org.consulta.platform.ProblemCode;
import org.junit.jupiter.api.Test;

/** The bounds every search keeps on what is typed, before the query reaches an index. */
class QueryTextTest {
  private static final Set<Language> ALL = EnumSet.allOf(Language.class);

  private static Query parse(String text) {
    return QueryText.parse(
        text,
        ProvisionDocument.QUERY_FIELDS,
        ALL,
        LanguageAnalyzer.perField(ProvisionDocument.QUERY_FIELDS));
  }

  private static String words(int count, String suffix) {
    return IntStream.range(0, count)
        .mapToObj(i -> "palabra" + i + suffix)
        .collect(Collectors.joining(" OR "));
  }

  @Test
  void aFewFuzzyTermsParse() {
    assertTrue(parse(words(QueryText.MAX_FUZZY_TERMS, "~")).toString().contains("palabra0~"));
  }

  @Test
  void oneFuzzyTermTooManyIsRefusedNamingQ() {
    var refused =
        assertThrows(DomainException.class, () -> parse(words(QueryText.MAX_FUZZY_TERMS + 1, "~")));
    assertEquals("q", refused.field());
    assertTrue(refused.getMessage().contains("fuzzy"), refused.getMessage());
  }

  @Test
  void fuzzyTermsOnKeywordFieldsCountToo() {
    String query = words(QueryText.MAX_FUZZY_TERMS, "~") + " OR country:CL~";
    assertEquals("q", assertThrows(DomainException.class, () -> parse(query)).field());
  }

  @Test
  void termsAreBoundedWhateverTheirForm() {
    parse(words(QueryText.MAX_TERMS, ""));
    String phrases =
        IntStream.range(0, QueryText.MAX_TERMS + 1)
            .mapToObj(i -> i % 2 == 0 ? "\"ley " + i + "\"" : "pa" + i + "*")
            .collect(Collectors.joining(" "));
    var refused = assertThrows(DomainException.class, () -> parse(phrases));
    assertEquals("q", refused.field());
    assertTrue(refused.getMessage().contains(QueryText.MAX_TERMS + " terms"), refused.getMessage());
  }

  /** The web application tells a query it cannot read from one it will not run, by the code. */
  @Test
  void aQueryThatDoesNotParseIsAnInvalidFormatOfQ() {
    for (String text :
        new String[] {"mujer AND", "\"igualdad", "(cuota", "a OR OR b", "*jer", "colour:red"}) {
      var refused = assertThrows(DomainException.class, () -> parse(text), text);
      assertEquals("q", refused.field(), text);
      assertEquals(ProblemCode.INVALID_FORMAT, refused.code(), text);
    }
    var tooLong =
        assertThrows(DomainException.class, () -> parse("x".repeat(QueryText.MAX_LENGTH + 1)));
    assertEquals(ProblemCode.TOO_LONG, tooLong.code());
    String fuzzy = words(QueryText.MAX_FUZZY_TERMS + 1, "~");
    assertEquals(
        ProblemCode.INVALID, assertThrows(DomainException.class, () -> parse(fuzzy)).code());
  }
}
