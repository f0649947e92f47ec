package org.consulta.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A bearer token for scripts; only its SHA-256 is stored, the token itself is shown once. It may
 * expire, and it records roughly when it was last used (to the minute, to spare a write on every
 * request).
 */
@Entity
@Table(name = "api_token")
public class ApiToken {
  private static final Duration USE_GRAIN = Duration.ofMinutes(1);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "account_id")
  private Account account;

  @Column(name = "token_hash")
  private String tokenHash;

  private String label;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  protected ApiToken() {}

  ApiToken(Account account, String tokenHash, String label, Instant at, Instant expiresAt) {
    this.account = Objects.requireNonNull(account);
    this.tokenHash = Objects.requireNonNull(tokenHash);
    this.label = Objects.requireNonNull(label);
    this.createdAt = Objects.requireNonNull(at);
    this.expiresAt = expiresAt;
  }

  public Long id() {
    return id;
  }

  public Account account() {
    return account;
  }

  public String label() {
    return label;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Optional<Instant> expiresAt() {
    return Optional.ofNullable(expiresAt);
  }

  public Optional<Instant> lastUsedAt() {
    return Optional.ofNullable(lastUsedAt);
  }

  boolean isLiveAt(Instant now) {
    return expiresAt == null || now.isBefore(expiresAt);
  }

  /** Whether a use at {@code now} is to be recorded: the last one recorded is a minute old. */
  boolean isUseDueAt(Instant now) {
    return lastUsedAt == null || !now.isBefore(lastUsedAt.plus(USE_GRAIN));
  }
}
