package io.retort.autogen.scan;

import static io.retort.autogen.scan.Scans.assertTables;
import static io.retort.autogen.scan.Scans.column;
import static io.retort.autogen.scan.Scans.scan;
import static io.retort.autogen.scan.Scans.table;
import static io.retort.runtime.api.Columns.bigInteger;
import static io.retort.runtime.api.Columns.integer;
import static io.retort.runtime.api.Columns.uuid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.retort.runtime.schema.Column;
import io.retort.runtime.schema.PrimaryKey;
import io.retort.runtime.schema.SchemaModel;
import io.retort.runtime.schema.Sequence;
import io.retort.runtime.testing.TestDatabase.Kind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Primary key generation: identity, named and default sequences, UUIDs. */
class IdGenerationScanTest {

  @ParameterizedTest
  @EnumSource(Kind.class)
  void identityColumn(Kind kind) {
    SchemaModel model = scan("ids", kind);
    assertTables(model, "api_tokens", "audit_events", "counters", "invoices");
    assertEquals(Column.of("id", integer()).identity(), column(table(model, "counters"), "id"));
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void namedSequenceGeneratorWithInitialValueAndAllocationSize(Kind kind) {
    SchemaModel model = scan("ids", kind);
    assertEquals(new Sequence("invoice_number_seq", 1000, 10), model.sequence("invoice_number_seq").orElseThrow());
    assertEquals(Column.of("number", bigInteger()).notNull(), column(table(model, "invoices"), "number"));
    assertEquals(new PrimaryKey(null, List.of("number")), table(model, "invoices").primaryKey());
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void defaultSequenceOfGenerationTypeSequence(Kind kind) {
    SchemaModel model = scan("ids", kind);
    assertEquals(Map.of("audit_events_seq", new Sequence("audit_events_SEQ", 1, 50),
        "invoice_number_seq", new Sequence("invoice_number_seq", 1000, 10)), model.sequences());
    assertEquals(Column.of("id", bigInteger()).notNull(), column(table(model, "audit_events"), "id"));
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void generatedUuidIsAPlainUuidKey(Kind kind) {
    SchemaModel model = scan("ids", kind);
    assertEquals(Column.of("id", uuid()).notNull(), column(table(model, "api_tokens"), "id"));
    assertEquals(new PrimaryKey(null, List.of("id")), table(model, "api_tokens").primaryKey());
  }
}
