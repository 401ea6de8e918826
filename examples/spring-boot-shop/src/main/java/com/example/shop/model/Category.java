package com.example.shop.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A category of products; the table name is Spring's: category. */
@Entity
public class Category {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 100)
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
