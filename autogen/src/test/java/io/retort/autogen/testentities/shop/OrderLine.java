package io.retort.autogen.testentities.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/**
 * One line of an order. Its foreign keys carry no explicit names, so Hibernate names them
 * ({@code FK...}).
 */
@Entity
@Table(name = "order_lines")
public class OrderLine extends BaseEntity {
  @ManyToOne(optional = false)
  @JoinColumn(name = "order_id", nullable = false)
  @OnDelete(action = OnDeleteAction.CASCADE)
  private PurchaseOrder order;

  @ManyToOne(optional = false)
  @JoinColumn(name = "product_id", nullable = false)
  private Product product;

  @Column(nullable = false)
  private int quantity;

  @Column(name = "unit_price", nullable = false, precision = 12, scale = 2)
  private BigDecimal unitPrice;

  protected OrderLine() {
  }

  public OrderLine(PurchaseOrder order, Product product, int quantity, BigDecimal unitPrice) {
    this.order = order;
    this.product = product;
    this.quantity = quantity;
    this.unitPrice = unitPrice;
  }
}
