package org.consulta.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.consulta.accounts.Account;
import org.consulta.organisations.Sector;

/** Who a consultation participant is: the account they log in with and where they speak from. */
@Entity
@Table(name = "participant")
public class Participant {
  @Id
  @OneToOne(optional = false)
  @JoinColumn(name = "account_id")
  private Account account;

  private String email;

  private String organisation;

  /** ISO 3166-1 alpha-2. */
  private String country;

  @Enumerated(EnumType.STRING)
  private Sector sector;

  @Column(name = "created_at")
  private Instant createdAt;

  protected Participant() {}

  public Participant(
      Account account,
      String email,
      String organisation,
      String country,
      Sector sector,
      Instant createdAt) {
    this.account = Objects.requireNonNull(account);
    this.email = Objects.requireNonNull(email);
    this.organisation = Objects.requireNonNull(organisation);
    this.country = Objects.requireNonNull(country);
    this.sector = Objects.requireNonNull(sector);
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  public Account account() {
    return account;
  }

  public String email() {
    return email;
  }

  public String organisation() {
    return organisation;
  }

  public String country() {
    return country;
  }

  public Sector sector() {
    return sector;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
