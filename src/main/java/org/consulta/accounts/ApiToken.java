package org.consulta.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A bearer token for scripts; only its SHA-256 is stored, the token itself is shown once. */
@Entity
@Table(name = "api_token")
public class ApiToken {
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

  protected ApiToken() {}

  ApiToken(Account account, String tokenHash, String label, Instant at) {
    this.account = Objects.requireNonNull(account);
    this.tokenHash = Objects.requireNonNull(tokenHash);
    this.label = Objects.requireNonNull(label);
    this.createdAt = Objects.requireNonNull(at);
  }

  public Account account() {
    return account;
  }
}
