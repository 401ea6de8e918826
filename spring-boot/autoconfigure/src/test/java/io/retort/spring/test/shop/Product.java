package io.retort.spring.test.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;

@Entity
@Table(name = "products")
public class Product {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(nullable = false, precision = 10, scale = 2)
  private BigDecimal price;

  @ManyToOne(optional = false)
  @JoinColumn(name = "category_id")
  private Category category;

  /** Spring Boot's naming strategy makes this created_at. */
  @Column(nullable = false)
  private LocalDateTime createdAt;

  protected Product() {
  }

  public Product(String name, BigDecimal price, Category category) {
    this.name = name;
    this.price = price;
    this.category = category;
    this.createdAt = LocalDateTime.now();
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public Category getCategory() {
    return category;
  }
}
