package com.example.shop.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** A product category; deleting one deletes its products (ON DELETE CASCADE, as in the guide). */
@Entity
@Table(name = "categories", uniqueConstraints = @UniqueConstraint(name = "uq_categories_name", columnNames = "name"))
public class Category {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Integer id;

  @Column(name = "name", length = 100, nullable = false)
  private String name;

  @Column(name = "description", length = 500)
  private String description;

  protected Category() {
  }

  public Category(String name) {
    this.name = name;
  }

  public Integer getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
