package io.retort.autogen.testentities.inheritance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An internal memo. */
@Entity
@Table(name = "memos")
public class Memo extends Document {
  @Column(nullable = false, length = 2000)
  private String body;
}
