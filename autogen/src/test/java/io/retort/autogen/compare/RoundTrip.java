package io.retort.autogen.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.retort.runtime.dialect.Dialect;
import io.retort.runtime.ops.Execute;
import io.retort.runtime.schema.SchemaModel;

/** Compares two models and proves the result: upgrade reaches the target, downgrade restores the database. */
final class RoundTrip {
  private RoundTrip() {
  }

  static Comparison compare(Dialect dialect, ComparisonOptions options, SchemaModel current, SchemaModel target) {
    Comparison comparison = new SchemaComparator(dialect, options).compare(current, target);
    for (Change change : comparison.changes()) {
      if (!(change.upgrade() instanceof Execute)) {
        assertEquals(change.upgrade().reverse().orElseThrow(), change.downgrade(), "downgrade of " + change.upgrade());
      }
    }
    SchemaModel upgraded = ModelReplay.apply(current, comparison.upgradeOperations());
    assertEquals(ModelReplay.form(target, dialect, false), ModelReplay.form(upgraded, dialect, false),
        "the upgrade does not reach the entities");
    SchemaModel downgraded = ModelReplay.apply(upgraded, comparison.downgradeOperations());
    assertEquals(ModelReplay.form(current, dialect, true), ModelReplay.form(downgraded, dialect, true),
        "the downgrade does not restore the database");
    assertEquals(0, new SchemaComparator(dialect, options).compare(upgraded, target).changes().size(),
        "comparing again after the upgrade finds changes");
    return comparison;
  }

  static Comparison compare(Dialect dialect, SchemaModel current, SchemaModel target) {
    return compare(dialect, ComparisonOptions.defaults(), current, target);
  }

  static Comparison compare(SchemaModel current, SchemaModel target) {
    return compare(TestDialect.postgres(), current, target);
  }
}
