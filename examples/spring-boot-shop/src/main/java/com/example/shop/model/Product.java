package com.example.shop.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A product. No column or join column is named: Spring Boot's naming strategies make unitPrice
 * unit_price, stockQuantity stock_quantity, createdAt created_at and the category category_id.
 */
@Entity
public class Product {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(nullable = false, precision = 10, scale = 2)
  private BigDecimal unitPrice;

  @Column(nullable = false)
  private int stockQuantity;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  private Category category;

  @Column(nullable = false)
  private LocalDateTime createdAt;

  protected Product() {
  }

  public Product(String name, BigDecimal unitPrice, int stockQuantity, Category category) {
    this.name = name;
    this.unitPrice = unitPrice;
    this.stockQuantity = stockQuantity;
    this.category = category;
    this.createdAt = LocalDateTime.now();
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public BigDecimal getUnitPrice() {
    return unitPrice;
  }

  public int getStockQuantity() {
    return stockQuantity;
  }

  public Category getCategory() {
    return category;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }
}
