package io.retort.autogen.testentities.empty;

/** A plain class: the scanner must not pick it up. */
public class NotAnEntity {
  private String name;
}
