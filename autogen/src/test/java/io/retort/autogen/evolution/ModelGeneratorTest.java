package io.retort.autogen.evolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The generator is a function of its seed, and over a long run it makes every kind of edit. */
class ModelGeneratorTest {

  private static List<String> run(long seed, TestDatabase.Kind kind, int steps) {
    ModelGenerator generator = new ModelGenerator(seed, kind);
    Model model = generator.initial();
    List<String> trace = new ArrayList<>(List.of(EntitySources.of(model).toString()));
    for (int i = 0; i < steps; i++) {
      Edit edit = generator.next(model);
      trace.add(edit.description() + " " + edit.lost() + " " + edit.backfill());
      model = edit.after();
    }
    trace.add(EntitySources.of(model).toString());
    return trace;
  }

  @Test
  void sameSeedSameModelsAndEdits() {
    assertEquals(run(42, TestDatabase.Kind.H2, 60), run(42, TestDatabase.Kind.H2, 60));
  }

  @Test
  void aLongRunMakesEveryKindOfEdit() {
    Set<String> kinds = new TreeSet<>();
    for (String line : run(7, TestDatabase.Kind.MARIADB, 400)) {
      kinds.add(line.split(" ")[0] + " " + (line.split(" ").length > 1 ? line.split(" ")[1] : ""));
    }
    for (String expected : List.of("add entity", "drop entity", "add subclass", "add field", "drop field", "widen ", "narrow ",
        "widen decimal", "make ", "add index", "add unique", "drop ix_", "drop uk_", "add many-to-one", "add many-to-many",
        "add element", "drop MANY_TO_ONE", "drop MANY_TO_MANY", "drop ELEMENT_COLLECTION", "add value")) {
      assertTrue(kinds.stream().anyMatch(k -> k.startsWith(expected)), () -> expected + " never generated: " + kinds);
    }
  }

  @Test
  void postgresqlRunsChangeNoExistingCheck() {
    // issue 9: see ModelGenerator; no enum value is added on PostgreSQL
    assertFalse(run(7, TestDatabase.Kind.POSTGRESQL, 400).stream().anyMatch(line -> line.startsWith("add value to enum")));
  }
}
