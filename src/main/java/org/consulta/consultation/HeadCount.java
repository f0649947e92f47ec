package org.consulta.consultation;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.consulta.organisations.Sector;

/** How many people came to a meeting from one sector and country, when names were not recorded. */
@Embeddable
public class HeadCount {
  @Enumerated(EnumType.STRING)
  private Sector sector;

  private String country;

  private int people;

  protected HeadCount() {}

  public HeadCount(Sector sector, String country, int people) {
    this.sector = Objects.requireNonNull(sector);
    this.country = Objects.requireNonNull(country);
    this.people = people;
  }

  public Sector sector() {
    return sector;
  }

  public String country() {
    return country;
  }

  public int people() {
    return people;
  }
}
