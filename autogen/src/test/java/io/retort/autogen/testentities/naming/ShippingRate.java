package io.retort.autogen.testentities.naming;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;

/** A weight-dependent rate of a zone. */
@Entity
public class ShippingRate {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  private ShippingZone shippingZone;

  @Column(nullable = false)
  private Integer maxWeightGrams;

  @Column(nullable = false, precision = 8, scale = 2)
  private BigDecimal ratePerParcel;
}
