package org.consulta.legislation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MinimumMatchTest {
  @Test
  void allWordsUpToTheLimitThenAShareRoundedDown() {
    var rule = MinimumMatch.parse("2<75%");
    assertEquals(1, rule.of(1));
    assertEquals(2, rule.of(2));
    assertEquals(2, rule.of(3));
    assertEquals(3, rule.of(4));
    assertEquals(7, rule.of(10));
    assertEquals(1, MinimumMatch.parse("0<10%").of(3));
    assertEquals("3<50%", MinimumMatch.parse(" 3<50% ").toString());
  }

  @Test
  void aRuleThatDoesNotReadIsRefused() {
    for (String bad : new String[] {"75%", "2<", "2<101%", "x<50%"}) {
      assertThrows(IllegalArgumentException.class, () -> MinimumMatch.parse(bad), bad);
    }
  }
}
