package org.consulta.implementation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.consulta.platform.DomainException;
import org.junit.jupiter.api.Test;

class AssessmentETagTest {
  @Test
  void aTagNamesItsCellAndVersion() {
    assertEquals("\"art_3/CL/2\"", AssessmentETag.of("art_3", "CL", 2));
    assertEquals(2, AssessmentETag.version("\"art_3/CL/2\"", "art_3", "CL"));
    assertNull(AssessmentETag.version(" ", "art_3", "CL"));
  }

  @Test
  void aTagOfAnotherCellOrShapeFailsThePrecondition() {
    for (String other :
        new String[] {"\"art_4/CL/2\"", "\"art_3/PE/2\"", "art_3/CL/2", "\"es-1\""}) {
      var failure =
          assertThrows(DomainException.class, () -> AssessmentETag.version(other, "art_3", "CL"));
      assertEquals(DomainException.Reason.PRECONDITION_FAILED, failure.reason(), other);
      assertEquals("If-Match", failure.field());
    }
  }
}
