package io.retort.autogen.testentities.ids;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An invoice numbered from its own sequence, starting at 1000 and allocating 10 at a time. */
@Entity
@Table(name = "invoices")
public class Invoice {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_number_gen")
  @SequenceGenerator(name = "invoice_number_gen", sequenceName = "invoice_number_seq", initialValue = 1000, allocationSize = 10)
  private Long number;

  @Column(name = "issued_on", nullable = false)
  private LocalDate issuedOn;

  @Column(nullable = false, precision = 12, scale = 2)
  private BigDecimal amount;

  protected Invoice() {
  }

  public Invoice(LocalDate issuedOn, BigDecimal amount) {
    this.issuedOn = issuedOn;
    this.amount = amount;
  }
}
