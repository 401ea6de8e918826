package io.retort.autogen.testentities.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A product category; categories nest through {@code parent}. */
@Entity
@Table(name = "categories")
public class Category extends BaseEntity {
  @Column(nullable = false, unique = true, length = 100)
  private String name;

  @ManyToOne
  @JoinColumn(name = "parent_id", foreignKey = @ForeignKey(name = "fk_categories_parent"))
  private Category parent;

  protected Category() {
  }

  public Category(String name) {
    this.name = name;
  }

  public String getName() {
    return name;
  }
}
