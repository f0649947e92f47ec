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
import org.consulta.platform.DomainException;
import org.consulta.platform.WireNames;

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

  /** A new organisation described by {@code details}. */
  public static Organisation of(
      OrganisationDetails details, OrganisationStatus status, String createdBy, Instant at) {
    var organisation =
        new Organisation(
            details.name(), details.country(), details.sector(), status, createdBy, at);
    organisation.describe(details);
    return organisation;
  }

  /** Replaces what describes the organisation; its name's normalised form follows. */
  public void describe(OrganisationDetails details) {
    name = details.name();
    normalisedName = OrganisationNames.normalise(name);
    names.clear();
    names.putAll(details.names());
    acronym = details.acronym();
    country = details.country();
    sector = details.sector();
    website = details.website();
  }

  public OrganisationDetails details() {
    return new OrganisationDetails(name, names, acronym, country, sector, website);
  }

  /** A drafter accepts a proposed organisation into the registry. */
  public void confirm() {
    if (status != OrganisationStatus.PROPOSED) {
      throw new DomainException(
          DomainException.Reason.CONFLICT,
          "status",
          "organisation " + id + " is " + WireNames.of(status) + ", not proposed");
    }
    status = OrganisationStatus.CONFIRMED;
  }

  /** Marks this organisation as absorbed by {@code survivor}, which must be a live other one. */
  public void mergeInto(Organisation survivor) {
    if (survivor.id.equals(id)) {
      throw DomainException.invalid("into", "an organisation cannot be merged into itself");
    }
    if (survivor.status == OrganisationStatus.MERGED) {
      throw DomainException.invalid(
          "into",
          "organisation "
              + survivor.id
              + " was merged into "
              + survivor.mergedInto.id
              + "; merge into that one");
    }
    requireLive();
    status = OrganisationStatus.MERGED;
    mergedInto = survivor;
  }

  /** A merged organisation is kept for the record and changes no more. */
  public void requireLive() {
    if (status == OrganisationStatus.MERGED) {
      throw new DomainException(
          DomainException.Reason.CONFLICT,
          "id",
          "organisation " + id + " was merged into " + mergedInto.id);
    }
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
