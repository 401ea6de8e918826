package io.retort.autogen.testentities.broken;

import jakarta.persistence.Entity;

/** Declares no {@code @Id}, which Hibernate rejects. */
@Entity
public class Orphan {
  private String name;
}
