package io.retort.autogen.testentities.inheritance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A bank transfer; its key joins {@code payments} under Hibernate's generated foreign key name. */
@Entity
@Table(name = "bank_transfers")
public class BankTransfer extends Payment {
  @Column(nullable = false, length = 34)
  private String iban;
}
