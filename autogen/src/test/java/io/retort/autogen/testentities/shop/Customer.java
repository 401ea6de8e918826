package io.retort.autogen.testentities.shop;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A customer, with an embedded address and any number of phone numbers. */
@Entity
@Table(name = "customers")
public class Customer extends BaseEntity {
  @Column(nullable = false, unique = true, length = 320)
  private String email;

  @Column(name = "full_name", nullable = false, length = 150)
  private String fullName;

  @Column(name = "external_id", nullable = false, unique = true)
  private UUID externalId;

  @Column(name = "birth_date")
  private LocalDate birthDate;

  @Column(nullable = false)
  private boolean active = true;

  @Enumerated(EnumType.ORDINAL)
  @Column(nullable = false)
  private Priority priority = Priority.NORMAL;

  @Embedded
  @AttributeOverride(name = "street", column = @Column(name = "billing_street", length = 200))
  private Address billingAddress;

  @ElementCollection
  @CollectionTable(name = "customer_phones",
      joinColumns = @JoinColumn(name = "customer_id"),
      foreignKey = @ForeignKey(name = "fk_customer_phones_customer"))
  @Column(name = "phone_number", nullable = false, length = 30)
  private List<String> phoneNumbers = new ArrayList<>();

  protected Customer() {
  }

  public Customer(String email, String fullName) {
    this.email = email;
    this.fullName = fullName;
    this.externalId = UUID.randomUUID();
  }
}
