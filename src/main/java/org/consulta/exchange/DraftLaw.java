package org.consulta.exchange;

import java.util.List;

/** The language versions of one model law, in {@link DraftLanguage} order. */
public record DraftLaw(String slug, List<DraftDocument> languages) {
  public DraftLaw {
    languages = List.copyOf(languages);
  }
}
