package io.retort.autogen.testentities.ids;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An API token identified by a generated UUID. */
@Entity
@Table(name = "api_tokens")
public class ApiToken {
  @Id
  @GeneratedValue(strategy = GenerationType.UUID)
  private UUID id;

  @Column(nullable = false, length = 64)
  private String owner;

  @Column(name = "expires_at")
  private OffsetDateTime expiresAt;

  protected ApiToken() {
  }

  public ApiToken(String owner) {
    this.owner = owner;
  }
}
