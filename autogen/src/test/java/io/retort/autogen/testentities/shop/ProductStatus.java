package io.retort.autogen.testentities.shop;

/** Lifecycle of a product, stored by name. */
public enum ProductStatus {
  DRAFT, ACTIVE, DISCONTINUED
}
