package io.retort.autogen.compare;

import io.retort.runtime.ops.CreateSequence;
import io.retort.runtime.ops.DropSequence;
import io.retort.runtime.ops.Execute;
import io.retort.runtime.schema.SchemaModel;
import io.retort.runtime.schema.Sequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Sequences (which Alembic does not compare): added and removed ones, and a changed increment (e.g.
 * Hibernate's allocation size 50 against a sequence made with 1). A changed increment is an
 * {@code ALTER SEQUENCE ... INCREMENT BY n} statement, the same on PostgreSQL, MariaDB and H2, and not a
 * drop and create: dropping would restart the sequence and hand out ids that are already taken. The
 * start value is not compared; a sequence that is in use has moved past it.
 */
final class SequenceComparator {

  /** Sequences to create or alter (before tables change) and to drop (after). */
  record SequenceChanges(List<Step> creates, List<Step> drops) {
  }

  private final ComparisonContext context;

  SequenceComparator(ComparisonContext context) {
    this.context = context;
  }

  SequenceChanges compare(SchemaModel current, SchemaModel target) {
    Map<String, Sequence> have = current.sequences();
    Map<String, Sequence> want = target.sequences();
    TreeSet<String> keys = new TreeSet<>(have.keySet());
    keys.addAll(want.keySet());
    List<Step> creates = new ArrayList<>();
    List<Step> drops = new ArrayList<>();
    for (String key : keys) {
      Sequence c = have.get(key);
      Sequence t = want.get(key);
      if (t == null) {
        drops.add(Step.of(new DropSequence(c.name(), c)));
      } else if (c == null) {
        creates.add(Step.of(new CreateSequence(t)));
      } else if (c.increment() != t.increment()) {
        creates.add(incrementChange(t.name(), c.increment(), t.increment()));
      }
    }
    return new SequenceChanges(creates, drops);
  }

  private Step incrementChange(String name, long from, long to) {
    return Step.explicit(alterIncrement(name, to), alterIncrement(name, from),
        "Detected increment change from " + from + " to " + to + " on sequence '" + name + "'",
        SafetyVerdict.safe("changes the increment of sequence '" + name + "' from " + from + " to " + to));
  }

  private Execute alterIncrement(String name, long increment) {
    return new Execute("ALTER SEQUENCE " + identifier(name) + " INCREMENT BY " + increment, List.of());
  }

  /** Plain names stay as written, so the revision reads the same on every database; others are quoted. */
  private String identifier(String name) {
    return name.matches("[A-Za-z_][A-Za-z0-9_]*") ? name : context.dialect().quote(name);
  }
}
