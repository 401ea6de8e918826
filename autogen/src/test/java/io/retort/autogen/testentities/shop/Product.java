package io.retort.autogen.testentities.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.ColumnDefault;

/** Something the shop sells. */
@Entity
@Table(name = "products",
    indexes = {
        @Index(name = "ix_products_name", columnList = "name"),
        @Index(name = "ix_products_category_status", columnList = "category_id, status")
    },
    uniqueConstraints = @UniqueConstraint(name = "uk_products_sku", columnNames = "sku"))
public class Product extends BaseEntity {
  @Column(nullable = false, length = 40)
  private String sku;

  @Column(nullable = false, length = 200)
  private String name;

  @Check(name = "ck_products_price", constraints = "price >= 0")
  @Column(nullable = false, precision = 12, scale = 2)
  private BigDecimal price;

  @Column(name = "stock_quantity", nullable = false)
  @ColumnDefault("0")
  private int stockQuantity;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ProductStatus status = ProductStatus.DRAFT;

  @ManyToOne(optional = false)
  @JoinColumn(name = "category_id", nullable = false, foreignKey = @ForeignKey(name = "fk_products_category"))
  private Category category;

  @ManyToMany
  @JoinTable(name = "product_tags",
      joinColumns = @JoinColumn(name = "product_id", foreignKey = @ForeignKey(name = "fk_product_tags_product")),
      inverseJoinColumns = @JoinColumn(name = "tag_id", foreignKey = @ForeignKey(name = "fk_product_tags_tag")))
  private Set<Tag> tags = new HashSet<>();

  protected Product() {
  }

  public Product(String sku, String name, BigDecimal price, Category category) {
    this.sku = sku;
    this.name = name;
    this.price = price;
    this.category = category;
  }
}
