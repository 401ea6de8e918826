package io.retort.autogen.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.ops.CreateSequence;
import io.retort.runtime.ops.DropSequence;
import io.retort.runtime.ops.Execute;
import io.retort.runtime.schema.SchemaModel;
import io.retort.runtime.schema.Sequence;
import java.util.List;
import org.junit.jupiter.api.Test;

class SequenceComparisonTest {

  private static SchemaModel sequences(Sequence... sequences) {
    return TestModels.model(List.of(), List.of(sequences));
  }

  @Test
  void identicalSequencesAreNoChangeAndStartIsNotCompared() {
    assertTrue(new SchemaComparator(TestDialect.postgres())
        .compare(sequences(new Sequence("PRODUCTS_SEQ", 1, 50)), sequences(new Sequence("products_seq", 101, 50)))
        .isEmpty());
  }

  @Test
  void addedAndRemovedSequences() {
    Sequence seq = new Sequence("products_seq", 1, 50);
    Comparison added = RoundTrip.compare(sequences(), sequences(seq));
    assertEquals(List.of(new CreateSequence(seq)), added.upgradeOperations());
    assertEquals(List.of(new DropSequence("products_seq", seq)), added.downgradeOperations());
    assertEquals(List.of("Detected added sequence 'products_seq'"), added.detectedLines());

    Comparison removed = RoundTrip.compare(sequences(seq), sequences());
    assertEquals(List.of(new DropSequence("products_seq", seq)), removed.upgradeOperations());
    assertEquals(List.of("Detected removed sequence 'products_seq'"), removed.detectedLines());
    assertEquals(new SafetyVerdict(Safety.CAUTION, "drops sequence 'products_seq'; its current value is lost"),
        removed.changes().get(0).safety());
  }

  @Test
  void aChangedIncrementIsAnAlterNotADropThatWouldRestartTheSequence() {
    Comparison c = RoundTrip.compare(sequences(new Sequence("products_seq", 1, 1)),
        sequences(new Sequence("products_seq", 1, 50)));
    assertEquals(List.of(new Execute("ALTER SEQUENCE products_seq INCREMENT BY 50", List.of())), c.upgradeOperations());
    assertEquals(List.of(new Execute("ALTER SEQUENCE products_seq INCREMENT BY 1", List.of())), c.downgradeOperations());
    assertEquals(List.of("Detected increment change from 1 to 50 on sequence 'products_seq'"), c.detectedLines());
    assertEquals(Safety.SAFE, c.highestRisk());
  }

  @Test
  void namesThatAreNotPlainIdentifiersAreQuotedByTheDialect() {
    Comparison c = new SchemaComparator(TestDialect.postgres())
        .compare(sequences(new Sequence("\"Order Seq\"", 1, 1)), sequences(new Sequence("\"Order Seq\"", 1, 5)));
    assertEquals(List.of(new Execute("ALTER SEQUENCE \"Order Seq\" INCREMENT BY 5", List.of())), c.upgradeOperations());
  }
}
