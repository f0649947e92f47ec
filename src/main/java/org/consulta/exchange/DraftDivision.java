package org.consulta.exchange;

import java.util.List;
import org.consulta.drafting.DivisionKind;

/**
 * A title, chapter or section with the divisions and articles it contains, in document order.
 *
 * @param heading the heading text as written, e.g. {@code Capítulo I. Disposiciones generales}
 */
public record DraftDivision(
    String eId, DivisionKind kind, String heading, List<DraftNode> children, int line)
    implements DraftNode {
  public DraftDivision {
    children = List.copyOf(children);
  }
}
