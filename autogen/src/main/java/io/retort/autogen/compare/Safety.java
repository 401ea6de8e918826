package io.retort.autogen.compare;

/**
 * How risky an operation is for the data already in the database, in the spirit of JPA Buddy's
 * SAFE / CAUTION / DANGER and Atlas' lint analyzers.
 */
public enum Safety {
  /** Cannot fail because of existing rows and loses nothing. */
  SAFE,
  /** Keeps all data but can fail on existing rows (NOT NULL, unique, foreign key, check). */
  CAUTION,
  /** Can lose data: drops a table or column, or changes a type in a way that is not clearly widening. */
  DANGER;

  /** The riskier of the two. */
  public Safety max(Safety other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
