package io.retort.autogen.testentities.ids;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An audit record whose id comes from Hibernate's default sequence ({@code audit_events_SEQ}). */
@Entity
@Table(name = "audit_events")
public class AuditEvent {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  private Long id;

  @Column(nullable = false, length = 100)
  private String action;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  protected AuditEvent() {
  }

  public AuditEvent(String action, Instant occurredAt) {
    this.action = action;
    this.occurredAt = occurredAt;
  }
}
