package io.retort.autogen.testentities.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** An order placed by a customer; deleting the customer deletes its orders. */
@Entity
@Table(name = "purchase_orders", indexes = @Index(name = "ix_purchase_orders_placed_at", columnList = "placed_at"))
@Check(name = "ck_purchase_orders_total", constraints = "total >= 0")
public class PurchaseOrder extends BaseEntity {
  @ManyToOne(optional = false)
  @JoinColumn(name = "customer_id", nullable = false, foreignKey = @ForeignKey(name = "fk_purchase_orders_customer"))
  @OnDelete(action = OnDeleteAction.CASCADE)
  private Customer customer;

  @Column(name = "order_number", nullable = false, unique = true, length = 30)
  private String orderNumber;

  @Column(name = "placed_at", nullable = false)
  private OffsetDateTime placedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private OrderStatus status = OrderStatus.NEW;

  @Column(nullable = false, precision = 14, scale = 2)
  private BigDecimal total = BigDecimal.ZERO;

  @OneToMany(mappedBy = "order")
  private List<OrderLine> lines = new ArrayList<>();

  protected PurchaseOrder() {
  }

  public PurchaseOrder(Customer customer, String orderNumber) {
    this.customer = customer;
    this.orderNumber = orderNumber;
  }
}
