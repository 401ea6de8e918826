package io.retort.autogen.testentities.ids;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A named counter with an identity id. */
@Entity
@Table(name = "counters")
public class Counter {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Integer id;

  @Column(nullable = false, unique = true, length = 80)
  private String name;

  @Column(name = "current_value", nullable = false)
  private long currentValue;

  protected Counter() {
  }

  public Counter(String name) {
    this.name = name;
  }
}
