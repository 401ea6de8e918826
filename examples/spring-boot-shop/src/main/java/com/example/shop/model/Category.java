package com.example.shop.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * A category of products; the table name is Spring's: category. The unique constraint on the name is
 * named: with an unnamed {@code @Column(unique = true)}, Spring Boot's ddl-auto leaves the name to H2 and
 * PostgreSQL (CONSTRAINT_INDEX_n, category_name_key) while a revision names it as Hibernate's model does
 * (UK...), so the schemas would differ by that name.
 */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "uk_category_name", columnNames = "name"))
public class Category {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 100)
  private String name;

  /** Spring's naming strategy makes this display_order. */
  @Column(nullable = false)
  private int displayOrder;

  protected Category() {
  }

  public Category(String name, int displayOrder) {
    this.name = name;
    this.displayOrder = displayOrder;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public int getDisplayOrder() {
    return displayOrder;
  }
}
