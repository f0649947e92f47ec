package org.consulta.legislation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.consulta.drafting.Language;

/**
 * One section or article of a national instrument in one language, under the corpus's stable id.
 * Its stamp names the import batch that last changed it, so the index can tell what it missed.
 */
@Entity
@Table(name = "provision")
public class Provision {
  @Id private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "instrument_id")
  private Instrument instrument;

  @Enumerated(EnumType.STRING)
  private Language lang;

  private String label;
  private String title;
  private String heading;

  @Column(name = "body")
  private String text;

  @Column(name = "in_force")
  private Boolean inForce;

  @Column(name = "source_url")
  private String sourceUrl;

  private String licence;
  private long stamp;

  protected Provision() {}

  Provision(ProvisionRecord record, Instrument instrument, long stamp) {
    this.id = record.id();
    adopt(record, instrument, stamp);
  }

  /**
   * Takes the record's text and facts under a new stamp; false, and untouched, if all are equal.
   */
  boolean adopt(ProvisionRecord record, Instrument instrument, long stamp) {
    if (this.instrument == instrument && sameAs(record)) {
      return false;
    }
    this.instrument = Objects.requireNonNull(instrument);
    lang = record.language();
    label = record.label();
    title = record.title();
    heading = record.heading();
    text = record.text();
    inForce = record.inForce();
    sourceUrl = record.sourceUrl();
    licence = record.licence();
    this.stamp = stamp;
    return true;
  }

  private boolean sameAs(ProvisionRecord record) {
    return lang == record.language()
        && Objects.equals(label, record.label())
        && Objects.equals(title, record.title())
        && Objects.equals(heading, record.heading())
        && Objects.equals(text, record.text())
        && Objects.equals(inForce, record.inForce())
        && Objects.equals(sourceUrl, record.sourceUrl())
        && Objects.equals(licence, record.licence());
  }

  /** The provision with its instrument's facts, as the index and the API show it. */
  public ProvisionRecord toRecord() {
    InstrumentTitle instrumentTitle =
        instrument
            .title(lang)
            .orElseThrow(() -> new IllegalStateException("no " + lang + " title for " + id));
    return new ProvisionRecord(
        id,
        instrument.country(),
        lang,
        instrument.id(),
        instrumentTitle.title(),
        instrumentTitle.shortTitle(),
        instrument.type(),
        instrument.number(),
        instrument.year(),
        inForce,
        label,
        title,
        heading,
        text,
        sourceUrl,
        licence);
  }

  public String id() {
    return id;
  }
}
