package io.retort.autogen.testentities.schema;

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
import jakarta.persistence.UniqueConstraint;

/** Stock of one article in one warehouse. */
@Entity
@Table(name = "stock_items", schema = "inventory",
    uniqueConstraints = @UniqueConstraint(name = "uk_stock_items_article", columnNames = {"warehouse_id", "article_code"}),
    indexes = @Index(name = "ix_stock_items_article", columnList = "article_code"))
public class StockItem {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "warehouse_id", nullable = false, foreignKey = @ForeignKey(name = "fk_stock_items_warehouse"))
  private Warehouse warehouse;

  @Column(name = "article_code", nullable = false, length = 40)
  private String articleCode;

  @Column(nullable = false)
  private int quantity;
}
