package io.retort.autogen.testentities.inheritance;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import java.math.BigDecimal;

/** A truck, with its payload in tonnes. */
@Entity
@DiscriminatorValue("TRUCK")
public class Truck extends Vehicle {
  @Column(name = "payload_tonnes", precision = 6, scale = 2)
  private BigDecimal payloadTonnes;
}
