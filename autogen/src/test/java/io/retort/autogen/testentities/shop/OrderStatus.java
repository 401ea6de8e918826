package io.retort.autogen.testentities.shop;

/** Where an order stands, stored by name. */
public enum OrderStatus {
  NEW, PAID, SHIPPED, CANCELLED
}
