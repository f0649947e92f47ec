package org.consulta.publication;

import java.util.List;
import java.util.Map;
import org.consulta.drafting.DivisionKind;
import org.consulta.drafting.Language;

/** A title, chapter or section with its heading in each language of the edition. */
public record DivisionPart(
    String eId, DivisionKind kind, Map<Language, Heading> headings, List<Part> children)
    implements Part {
  public DivisionPart {
    headings = Map.copyOf(headings);
    children = List.copyOf(children);
  }

  public Heading heading(Language lang) {
    return headings.getOrDefault(lang, new Heading(null, ""));
  }
}
