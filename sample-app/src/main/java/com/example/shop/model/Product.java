package com.example.shop.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** The guide's product. */
@Entity
@Table(name = "products", indexes = {
    @Index(name = "ix_products_name", columnList = "name"),
    @Index(name = "ix_products_created_at", columnList = "created_at")})
public class Product {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Integer id;

  @Column(name = "name", length = 200, nullable = false)
  private String name;

  @Column(name = "price", precision = 10, scale = 2, nullable = false)
  private BigDecimal price;

  @Column(name = "stock")
  private Integer stock;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "description", columnDefinition = "text")
  private String description;

  @Column(name = "slug", length = 200, nullable = false)
  private String slug;

  @ManyToOne
  @JoinColumn(name = "category_id", foreignKey = @ForeignKey(name = "fk_products_category"))
  @OnDelete(action = OnDeleteAction.CASCADE)
  private Category category;

  protected Product() {
  }

  public Product(String name, BigDecimal price, Integer stock, String slug, Category category) {
    this.name = name;
    this.price = price;
    this.stock = stock;
    this.slug = slug;
    this.category = category;
    this.createdAt = LocalDateTime.now();
  }

  public Integer getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public Integer getStock() {
    return stock;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getSlug() {
    return slug;
  }

  public Category getCategory() {
    return category;
  }
}
