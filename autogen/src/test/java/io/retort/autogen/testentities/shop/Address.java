package io.retort.autogen.testentities.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A postal address, embedded in the entity that owns it. */
@Embeddable
public class Address {
  @Column(length = 200)
  private String street;

  @Column(length = 100)
  private String city;

  @Column(name = "postal_code", length = 20)
  private String postalCode;

  @Column(name = "country_code", length = 2, columnDefinition = "char(2)")
  private String countryCode;

  protected Address() {
  }

  public Address(String street, String city, String postalCode, String countryCode) {
    this.street = street;
    this.city = city;
    this.postalCode = postalCode;
    this.countryCode = countryCode;
  }
}
