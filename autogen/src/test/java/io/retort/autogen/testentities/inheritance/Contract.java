package io.retort.autogen.testentities.inheritance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A contract document. */
@Entity
@Table(name = "contracts")
public class Contract extends Document {
  @Column(name = "valid_until")
  private LocalDate validUntil;
}
