package io.retort.autogen.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.retort.autogen.compare.Change;
import io.retort.autogen.compare.Comparison;
import io.retort.runtime.schema.CheckConstraint;
import io.retort.runtime.schema.Column;
import io.retort.runtime.schema.ForeignKey;
import io.retort.runtime.schema.Index;
import io.retort.runtime.schema.PrimaryKey;
import io.retort.runtime.schema.SchemaModel;
import io.retort.runtime.schema.Table;
import io.retort.runtime.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.function.Function;
import io.retort.runtime.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A realistic edit of existing entities (columns added, dropped, widened, narrowed, made NOT NULL;
 * a unique constraint, an index, a changed ON DELETE, a new table, a removed table): the changes
 * found, then upgrade, check clean, downgrade back to the exact earlier schema, upgrade again.
 */
class RealisticEditIT {
  private static final String V1 = "io.retort.autogen.testentities.edit.v1";
  private static final String V2 = "io.retort.autogen.testentities.edit.v2";

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void editUpgradeCheckDowngradeUpgrade(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind); AutogenHarness harness = new AutogenHarness(db, dir)) {
      harness.writeRevision(harness.compare(V1, Map.of()), "Create library");
      harness.migrator().upgrade("head");
      AutogenHarness.assertNoChanges(harness.compare(V1, Map.of()), "after the first revision");
      SchemaModel before = harness.current(V1);

      Comparison edit = harness.compare(V2, Map.of());
      List<String> found = edit.changes().stream().map(RealisticEditIT::line).toList();
      String golden = Files.readString(Path.of(RealisticEditIT.class.getResource("/golden/roundtrip/realistic-edit-" + kind.name().toLowerCase() + ".txt").toURI()));
      assertEquals(golden.strip(), String.join("\n", found).strip());

      harness.writeRevision(edit, "Edit library");
      harness.migrator().upgrade("head");
      AutogenHarness.assertNoChanges(harness.compare(V2, Map.of()), "after upgrading to the edit");

      harness.migrator().downgrade("-1");
      assertEquals(comparable(before), comparable(harness.current(V1)), "downgrade gives back the exact earlier schema");
      AutogenHarness.assertNoChanges(harness.compare(V1, Map.of()), "after downgrading the edit");

      harness.migrator().upgrade("head");
      AutogenHarness.assertNoChanges(harness.compare(V2, Map.of()), "after upgrading again");
    }
  }

  /**
   * The schema with columns and constraints in name order and without primary-key names: a column a
   * downgrade adds back comes last, and databases name primary keys themselves.
   */
  private static SchemaModel comparable(SchemaModel model) {
    List<Table> tables = new ArrayList<>();
    for (Table t : model.tables().values()) {
      tables.add(new Table(t.name(), sorted(t.columns(), Column::name),
          t.primaryKey() == null ? null : new PrimaryKey(null, t.primaryKey().columns()),
          sorted(t.foreignKeys(), ForeignKey::name), sorted(t.uniqueConstraints(), UniqueConstraint::name),
          sorted(t.checkConstraints(), CheckConstraint::name), sorted(t.indexes(), Index::name)));
    }
    return SchemaModel.of(tables, model.sequences().values());
  }

  private static <T> List<T> sorted(List<T> items, Function<T, String> name) {
    return items.stream().sorted(Comparator.comparing(name, Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
  }

  private static String line(Change change) {
    return change.detectedLine() + (change.safety().needsWarning() ? "  [" + change.safety().warning() + "]" : "");
  }
}
