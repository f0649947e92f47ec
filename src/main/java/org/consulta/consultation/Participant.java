package org.consulta.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.consulta.accounts.Account;
import org.consulta.organisations.Organisation;
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

  /** The organisation's name as registered; the organisation itself is {@link #memberOf}. */
  private String organisation;

  /** The organisation the participant speaks for; none when they speak for themselves. */
  @ManyToOne
  @JoinColumn(name = "organisation_id")
  private Organisation memberOf;

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
      Organisation memberOf,
      String country,
      Sector sector,
      Instant createdAt) {
    this.account = Objects.requireNonNull(account);
    this.email = Objects.requireNonNull(email);
    this.memberOf = memberOf;
    this.organisation = memberOf == null ? "" : memberOf.name();
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

  /** The name of the organisation the participant speaks for now, or empty. */
  public String organisation() {
    return memberOf == null ? organisation : memberOf.name();
  }

  public Optional<Organisation> memberOf() {
    return Optional.ofNullable(memberOf);
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
