package org.consulta.drafting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.consulta.platform.DomainException;
import org.junit.jupiter.api.Test;

/**
 * Placing a division renumbers every live division in reading order, depth first, so that the
 * numbering of articles (which reads divisions by ordinal) follows moves.
 */
class DivisionOrderTest {
  private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");
  private final Law law = new Law("test", "/akn/oas/act/model-law/2026/test", "test", AT);
  private final Division one = division("chp_1", null, 0);
  private final Division section = division("sec_1", one, 1);
  private final Division two = division("chp_2", null, 2);
  private final List<Division> all = new ArrayList<>(List.of(one, section, two));

  private Division division(String eId, Division parent, int ordinal) {
    return new Division(law, eId, DivisionKind.CHAPTER, parent, ordinal, Map.of());
  }

  private List<String> readingOrder() {
    return all.stream()
        .sorted(Comparator.comparingInt(Division::ordinal))
        .map(d -> (d.parent() == null ? "" : d.parent().eId() + "/") + d.eId())
        .toList();
  }

  @Test
  void aMovedDivisionTakesItsSubdivisionsAlong() {
    new DivisionOrder(all, one).place(new DivisionPlace("chp_2", null));
    assertEquals(List.of("chp_2", "chp_1", "chp_1/sec_1"), readingOrder());
  }

  @Test
  void aNewDivisionGoesFirstInItsParentOrFirstAtTheTop() {
    Division added = division("sec_2", null, 0);
    all.add(added);
    new DivisionOrder(all, added).place(new DivisionPlace(null, "chp_1"));
    assertEquals(List.of("chp_1", "chp_1/sec_2", "chp_1/sec_1", "chp_2"), readingOrder());
    new DivisionOrder(all, added).place(new DivisionPlace(null, null));
    assertEquals(List.of("sec_2", "chp_1", "chp_1/sec_1", "chp_2"), readingOrder());
  }

  @Test
  void aDivisionCannotGoIntoItselfOrAfterItsOwnSubdivision() {
    var order = new DivisionOrder(all, one);
    assertThrows(DomainException.class, () -> order.place(new DivisionPlace(null, "sec_1")));
    assertThrows(DomainException.class, () -> order.place(new DivisionPlace("sec_1", null)));
    assertThrows(DomainException.class, () -> order.place(new DivisionPlace("chp_1", null)));
    assertThrows(LawNotFound.class, () -> order.place(new DivisionPlace("chp_9", null)));
  }
}
