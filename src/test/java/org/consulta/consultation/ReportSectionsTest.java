package org.consulta.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.consulta.drafting.Language;
import org.junit.jupiter.api.Test;

class ReportSectionsTest {
  @Test
  void sectionsReadFromTheDatabaseAreHandedOverOnce() {
    List<String> handed = new ArrayList<>();
    var sections =
        ReportSections.streamed(
            sink -> ReportExample.sections(ReportExample.report(Language.es)).forEach(sink));
    sections.forEach(s -> handed.add(s.eId()));
    assertEquals(List.of("art_2", "art_3", "art_10"), handed);
    assertThrows(IllegalStateException.class, () -> sections.forEach(s -> handed.add(s.eId())));
  }
}
