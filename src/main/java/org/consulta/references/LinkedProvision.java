package org.consulta.references;

import org.consulta.drafting.Language;
import org.consulta.legislation.ProvisionRecord;

/**
 * A referenced provision as references show it: whole in the comparative view, cut to an excerpt in
 * lists ({@code excerpt} says which). In force is a fact of the provision in the store.
 */
public record LinkedProvision(
    String id,
    Language lang,
    String label,
    String title,
    String heading,
    String text,
    boolean excerpt,
    Boolean inForce,
    String sourceUrl,
    String licence) {
  static final int EXCERPT = 300;

  static LinkedProvision whole(ProvisionRecord r) {
    return of(r, r.text(), false);
  }

  /** The text up to {@link #EXCERPT} characters, cut after a whole word. */
  static LinkedProvision excerpt(ProvisionRecord r) {
    String text = r.text();
    if (text.length() <= EXCERPT) {
      return of(r, text, false);
    }
    int cut = text.lastIndexOf(' ', EXCERPT);
    return of(r, text.substring(0, cut > 0 ? cut : EXCERPT).stripTrailing() + " …", true);
  }

  private static LinkedProvision of(ProvisionRecord r, String text, boolean excerpt) {
    return new LinkedProvision(
        r.id(),
        r.language(),
        r.label(),
        r.title(),
        r.heading(),
        text,
        excerpt,
        r.inForce(),
        r.sourceUrl(),
        r.licence());
  }
}
