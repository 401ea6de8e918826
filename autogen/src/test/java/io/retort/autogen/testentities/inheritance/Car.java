package io.retort.autogen.testentities.inheritance;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** A passenger car. */
@Entity
@DiscriminatorValue("CAR")
public class Car extends Vehicle {
  @Column(name = "seat_count")
  private Integer seatCount;
}
