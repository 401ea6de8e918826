package io.retort.autogen.testentities.naming;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A shipping zone; no names are given, so the naming strategy chooses them all. */
@Entity
@Table(indexes = @Index(columnList = "displayName"))
public class ShippingZone {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 20)
  private String zoneCode;

  @Column(length = 100)
  private String displayName;

  @Column(precision = 8, scale = 2)
  private BigDecimal baseRate;
}
