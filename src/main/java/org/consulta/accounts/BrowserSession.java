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

/**
 * A browser's log-in, named by the token in its cookie (stored as a SHA-256 only), with the CSRF
 * token that its unsafe requests must repeat in a header, and the instant it ends.
 */
@Entity
@Table(name = "browser_session")
public class BrowserSession {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "account_id")
  private Account account;

  @Column(name = "token_hash")
  private String tokenHash;

  @Column(name = "csrf_token")
  private String csrfToken;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  protected BrowserSession() {}

  BrowserSession(
      Account account, String tokenHash, String csrfToken, Instant createdAt, Instant expiresAt) {
    this.account = Objects.requireNonNull(account);
    this.tokenHash = Objects.requireNonNull(tokenHash);
    this.csrfToken = Objects.requireNonNull(csrfToken);
    this.createdAt = Objects.requireNonNull(createdAt);
    this.expiresAt = Objects.requireNonNull(expiresAt);
  }

  public Account account() {
    return account;
  }

  public String csrfToken() {
    return csrfToken;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  /** Whether this header value is the session's CSRF token. */
  public boolean acceptsCsrf(String header) {
    return Secrets.same(csrfToken, header);
  }

  boolean isLiveAt(Instant now) {
    return now.isBefore(expiresAt);
  }
}
