package org.consulta.drafting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class NumberingTest {
  @Test
  void aFixedNumberIsTheNumberTheEIdCarries() {
    assertEquals(292, Numbering.fixedNumber("art_292"));
    assertEquals(1, Numbering.fixedNumber("art_1"));
  }

  @Test
  void anEIdWithoutAPlainNumberGivesNone() {
    assertNull(Numbering.fixedNumber("art_34bis"));
    assertNull(Numbering.fixedNumber("art_"));
    assertNull(Numbering.fixedNumber("chp_2"));
    assertNull(Numbering.fixedNumber("art_12__para_2"));
    assertNull(Numbering.fixedNumber("art_9999999999"), "beyond an int");
  }

  @Test
  void anArticleShowsItsPlaceInSequenceOrItsEIdsNumberWhenFixedAndNoneWhenAbsent() {
    assertEquals(3, Numbering.SEQUENTIAL.shown("art_7", 3));
    assertEquals(7, Numbering.FIXED.shown("art_7", 3));
    assertNull(Numbering.FIXED.shown("art_7", null), "not in the law being read");
    assertNull(Numbering.SEQUENTIAL.shown("art_7", null));
    assertNull(Numbering.FIXED.shown("art_7bis", 8));
  }
}
