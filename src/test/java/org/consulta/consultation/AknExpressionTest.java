package org.consulta.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.consulta.drafting.Language;
import org.junit.jupiter.api.Test;

class AknExpressionTest {
  private static final String WORK = "/akn/oas/act/model-law/2025/parity";

  @Test
  void languagesAreTheThreeLetterCodesOfIso6392() {
    assertEquals("spa", AknExpression.language(Language.es));
    assertEquals("eng", AknExpression.language(Language.en));
    assertEquals("por", AknExpression.language(Language.pt));
    assertEquals("fra", AknExpression.language(Language.fr));
  }

  @Test
  void anArticleIsAPortionOfTheExpressionOfTheDayInUtc() {
    var expression = AknExpression.at(WORK, Language.es, Instant.parse("2025-03-01T23:30:00Z"));
    assertEquals(WORK + "/spa@2025-03-01", expression.uri());
    assertEquals(WORK + "/spa@2025-03-01~art_3", expression.portion("art_3"));
  }
}
