package io.retort.autogen.testentities.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A free-form label attached to products. */
@Entity
@Table(name = "tags")
public class Tag extends BaseEntity {
  @Column(nullable = false, unique = true, length = 50)
  private String label;

  protected Tag() {
  }

  public Tag(String label) {
    this.label = label;
  }
}
