package io.retort.autogen.testentities.inheritance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;

/** A card payment; its key is also a foreign key to {@code payments}, with a name of our choosing. */
@Entity
@Table(name = "card_payments")
@PrimaryKeyJoinColumn(name = "payment_id", foreignKey = @ForeignKey(name = "fk_card_payments_payment"))
public class CardPayment extends Payment {
  @Column(name = "card_last_digits", nullable = false, length = 4)
  private String cardLastDigits;
}
