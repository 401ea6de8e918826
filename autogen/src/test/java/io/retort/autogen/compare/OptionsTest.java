package io.retort.autogen.compare;

import static io.retort.autogen.compare.TestModels.col;
import static io.retort.autogen.compare.TestModels.id;
import static io.retort.autogen.compare.TestModels.model;
import static io.retort.autogen.compare.TestModels.table;
import static io.retort.autogen.compare.TestModels.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.schema.SchemaModel;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OptionsTest {

  private static final SchemaModel DB = model(table("retort_version", col("version_num", varchar(32)).notNull()),
      table("legacy", id()), table("audit_log", id()));

  @Test
  void defaultsAreAlembics() {
    ComparisonOptions o = ComparisonOptions.defaults();
    assertTrue(o.compareType());
    assertFalse(o.compareServerDefault());
    assertEquals("retort_version", o.versionTable());
    assertEquals(Set.of(), o.includeTables());
  }

  @Test
  void theVersionTableIsAlwaysIgnored() {
    Comparison c = new SchemaComparator(TestDialect.postgres()).compare(DB, model(table("legacy", id()), table("audit_log", id())));
    assertTrue(c.isEmpty());
    Comparison renamed = new SchemaComparator(TestDialect.postgres(),
        ComparisonOptions.defaults().withVersionTable("my_versions"))
        .compare(DB, model(table("legacy", id()), table("audit_log", id())));
    assertEquals(List.of("Detected removed table 'retort_version'"), renamed.detectedLines());
  }

  @Test
  void excludedTablesAreNotCompared() {
    ComparisonOptions options = ComparisonOptions.defaults().withExcludeTables(List.of("LEGACY", "audit_log"));
    assertTrue(new SchemaComparator(TestDialect.postgres(), options).compare(DB, SchemaModel.empty()).isEmpty());
  }

  @Test
  void onlyIncludedTablesAreCompared() {
    ComparisonOptions options = ComparisonOptions.defaults().withIncludeTables(List.of("legacy", "products"));
    Comparison c = new SchemaComparator(TestDialect.postgres(), options)
        .compare(DB, model(table("products", id()), table("orders", id())));
    assertEquals(List.of("Detected removed table 'legacy'", "Detected added table 'products'"), c.detectedLines());
  }

  @Test
  void renamesAreTakenAsTheCommandLineWritesThem() {
    ComparisonOptions options = ComparisonOptions.defaults().withRename("products.title=name").withRename(" items = products ");
    assertEquals(Map.of("products.title", "name", "items", "products"), options.renames());
    assertThrows(IllegalArgumentException.class, () -> ComparisonOptions.defaults().withRename("products.title"));
    assertThrows(IllegalArgumentException.class, () -> ComparisonOptions.defaults().withRename("=name"));
  }
}
