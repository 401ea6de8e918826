package io.retort.autogen.testentities.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** Optional details of a customer, one profile per customer. */
@Entity
@Table(name = "customer_profiles")
public class CustomerProfile extends BaseEntity {
  @OneToOne(optional = false)
  @JoinColumn(name = "customer_id", nullable = false, foreignKey = @ForeignKey(name = "fk_customer_profiles_customer"))
  private Customer customer;

  @Column(length = 500)
  private String bio;

  @Column(name = "newsletter_opt_in", nullable = false)
  private Boolean newsletterOptIn = Boolean.FALSE;

  protected CustomerProfile() {
  }

  public CustomerProfile(Customer customer) {
    this.customer = customer;
  }
}
