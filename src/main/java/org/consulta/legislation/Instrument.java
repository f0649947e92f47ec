package org.consulta.legislation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.consulta.drafting.Language;

/**
 * A national instrument (constitution, code, act…): the work, whose language versions share its id,
 * country, type, number and year and differ in their titles.
 */
@Entity
@Table(name = "instrument")
public class Instrument {
  @Id private String id;

  private String country;

  @Enumerated(EnumType.STRING)
  @Column(name = "instrument_type")
  private InstrumentType type;

  @Column(name = "instrument_number")
  private String number;

  @Column(name = "year_enacted")
  private Integer year;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "instrument_title", joinColumns = @JoinColumn(name = "instrument_id"))
  @MapKeyColumn(name = "lang")
  @MapKeyEnumerated(EnumType.STRING)
  private Map<Language, InstrumentTitle> titles = new HashMap<>();

  protected Instrument() {}

  Instrument(String id) {
    this.id = Objects.requireNonNull(id);
  }

  /** What taking a record changed: nothing, the title in its language, or the shared facts. */
  enum Change {
    NONE,
    TITLE,
    FACTS
  }

  /** Takes the instrument's facts and its title in the record's language. */
  Change adopt(ProvisionRecord record) {
    boolean facts =
        !Objects.equals(country, record.country())
            || type != record.instrumentType()
            || !Objects.equals(number, record.instrumentNumber())
            || !Objects.equals(year, record.year());
    country = record.country();
    type = record.instrumentType();
    number = record.instrumentNumber();
    year = record.year();
    var title = new InstrumentTitle(record.instrumentTitle(), record.instrumentShortTitle());
    boolean titled = !title.equals(titles.put(record.language(), title));
    return facts ? Change.FACTS : titled ? Change.TITLE : Change.NONE;
  }

  public String id() {
    return id;
  }

  public String country() {
    return country;
  }

  public InstrumentType type() {
    return type;
  }

  public String number() {
    return number;
  }

  public Integer year() {
    return year;
  }

  public Optional<InstrumentTitle> title(Language lang) {
    return Optional.ofNullable(titles.get(lang));
  }
}
