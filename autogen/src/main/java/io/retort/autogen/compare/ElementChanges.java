package io.retort.autogen.compare;

import io.retort.runtime.ops.Operation;
import java.util.List;

/**
 * The drops and creates one concern (indexes, unique constraints, checks, foreign keys) finds in one
 * table. They are kept apart because drops run before column changes and creates after them.
 */
record ElementChanges(List<Operation> drops, List<Operation> creates) {
  ElementChanges {
    drops = List.copyOf(drops);
    creates = List.copyOf(creates);
  }
}
