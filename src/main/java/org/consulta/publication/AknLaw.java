package org.consulta.publication;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.consulta.drafting.Language;
import org.consulta.drafting.NewLaw;
import org.consulta.drafting.Numbering;

/**
 * An act or bill read from an Akoma Ntoso document: everything a new law needs but its slug, and
 * the recorded version it was exported from, when Consulta wrote it.
 */
public record AknLaw(
    String workUri,
    Language lang,
    String title,
    String preamble,
    List<NewLaw.NewDivision> divisions,
    Optional<Version> version) {

  /** The recorded version a Consulta export was made from: its label and when it was recorded. */
  public record Version(String label, Instant recorded) {}

  /** The law to create under {@code slug}; its topic is its slug, for want of another. */
  NewLaw plan(String slug) {
    return new NewLaw(
        slug,
        workUri,
        slug,
        Numbering.SEQUENTIAL,
        Map.of(lang, new NewLaw.Expression(title, preamble)),
        divisions);
  }
}
