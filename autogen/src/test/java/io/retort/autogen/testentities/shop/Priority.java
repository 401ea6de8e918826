package io.retort.autogen.testentities.shop;

/** How a customer is served, stored by ordinal. */
public enum Priority {
  LOW, NORMAL, HIGH
}
