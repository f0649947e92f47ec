package org.consulta.organisations;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.consulta.drafting.Language;

/** An organisation in the registry: ministries, parliaments, courts, NGOs, universities. */
@Entity
@Table(name = "organisation")
public class Organisation {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;

  @ElementCollection
  @CollectionTable(name = "organisation_name", joinColumns = @JoinColumn(name = "organisation_id"))
  @MapKeyColumn(name = "lang")
  @MapKeyEnumerated(EnumType.STRING)
  @Column(name = "name")
  private Map<Language, String> names = new HashMap<>();

  private String acronym;

  /** ISO 3166-1 alpha-2; none for an international or regional organisation. */
  private String country;

  @Enumerated(EnumType.STRING)
  private Sector sector;

  private String website;

  @Column(name = "normalised_name")
  private String normalisedName;

  @Enumerated(EnumType.STRING)
  private OrganisationStatus status;

  @ManyToOne
  @JoinColumn(name = "merged_into")
  private Organisation mergedInto;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  protected Organisation() {}

  public Organisation(
      String name,
      String country,
      Sector sector,
      OrganisationStatus status,
      String createdBy,
      Instant createdAt) {
    this.name = Objects.requireNonNull(name);
    this.country = country;
    this.sector = Objects.requireNonNull(sector);
    this.status = Objects.requireNonNull(status);
    this.createdBy = Objects.requireNonNull(createdBy);
    this.createdAt = Objects.requireNonNull(createdAt);
    this.normalisedName = OrganisationNames.normalise(name);
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  /** The name in {@code lang} where the organisation has one, else its own name. */
  public String name(Language lang) {
    return names.getOrDefault(lang, name);
  }

  public Map<Language, String> names() {
    return Map.copyOf(names);
  }

  public Optional<String> acronym() {
    return Optional.ofNullable(acronym);
  }

  public Optional<String> country() {
    return Optional.ofNullable(country);
  }

  public Sector sector() {
    return sector;
  }

  public Optional<String> website() {
    return Optional.ofNullable(website);
  }

  public String normalisedName() {
    return normalisedName;
  }

  public OrganisationStatus status() {
    return status;
  }

  public Optional<Organisation> mergedInto() {
    return Optional.ofNullable(mergedInto);
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
