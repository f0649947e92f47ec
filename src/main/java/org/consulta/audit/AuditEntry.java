package org.consulta.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One write to the API as it ended: who (null when anonymous), with which roles, what operation on
 * which path, when, from which address, and the status it got. Never changed once written.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at")
  private Instant at;

  private String actor;
  private String roles;
  private String method;
  private String operation;
  private String path;
  private String address;
  private int status;

  protected AuditEntry() {}

  AuditEntry(
      Instant at,
      String actor,
      String roles,
      String method,
      String operation,
      String path,
      String address,
      int status) {
    this.at = Objects.requireNonNull(at);
    this.actor = actor;
    this.roles = Objects.requireNonNull(roles);
    this.method = Objects.requireNonNull(method);
    this.operation = operation;
    this.path = Objects.requireNonNull(path);
    this.address = Objects.requireNonNull(address);
    this.status = status;
  }

  public Long id() {
    return id;
  }

  public Instant at() {
    return at;
  }

  public String actor() {
    return actor;
  }

  public String roles() {
    return roles;
  }

  public String method() {
    return method;
  }

  public String operation() {
    return operation;
  }

  public String path() {
    return path;
  }

  public String address() {
    return address;
  }

  public int status() {
    return status;
  }
}
