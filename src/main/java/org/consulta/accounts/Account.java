package org.consulta.accounts;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.consulta.platform.DomainException;

/** Someone who can log in; the password is kept only as a PBKDF2 hash. */
@Entity
@Table(name = "account")
public class Account {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String username;

  @Column(name = "display_name")
  private String displayName;

  @Column(name = "password_hash")
  private String passwordHash;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Column(name = "role_name")
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @Column(name = "created_at")
  private Instant createdAt;

  private boolean enabled = true;

  protected Account() {}

  public Account(
      String username, String displayName, String passwordHash, Set<Role> roles, Instant at) {
    this.username = Objects.requireNonNull(username);
    this.displayName = Objects.requireNonNull(displayName);
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.roles = EnumSet.copyOf(roles);
    this.createdAt = Objects.requireNonNull(at);
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  String passwordHash() {
    return passwordHash;
  }

  void replacePasswordHash(String hash) {
    this.passwordHash = Objects.requireNonNull(hash);
  }

  /** A disabled account cannot log in, and its tokens and sessions are refused. */
  public boolean isEnabled() {
    return enabled;
  }

  void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /** Refuses a disabled account, once its credentials have been found right. */
  public Account requireEnabled() {
    if (!enabled) {
      throw new DomainException(DomainException.Reason.FORBIDDEN, null, "this account is disabled");
    }
    return this;
  }

  void setRoles(Set<Role> roles) {
    this.roles.clear();
    this.roles.addAll(roles);
  }

  void setDisplayName(String displayName) {
    this.displayName = Objects.requireNonNull(displayName);
  }

  public Set<Role> roles() {
    return Set.copyOf(roles);
  }

  public Instant createdAt() {
    return createdAt;
  }
}
