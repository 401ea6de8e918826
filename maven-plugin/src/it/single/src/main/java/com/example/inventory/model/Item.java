package com.example.inventory.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "items")
public class Item {
  @Id
  private Long id;

  @Column(name = "name", length = 100, nullable = false)
  private String name;
}
