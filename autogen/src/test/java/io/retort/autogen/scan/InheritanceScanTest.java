package io.retort.autogen.scan;

import static io.retort.autogen.scan.Scans.assertTables;
import static io.retort.autogen.scan.Scans.column;
import static io.retort.autogen.scan.Scans.scan;
import static io.retort.autogen.scan.Scans.table;
import static io.retort.runtime.api.Columns.bigInteger;
import static io.retort.runtime.api.Columns.date;
import static io.retort.runtime.api.Columns.integer;
import static io.retort.runtime.api.Columns.numeric;
import static io.retort.runtime.api.Columns.string;
import static io.retort.runtime.api.Columns.timestamp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.schema.CheckConstraint;
import io.retort.runtime.schema.Column;
import io.retort.runtime.schema.ForeignKey;
import io.retort.runtime.schema.PrimaryKey;
import io.retort.runtime.schema.SchemaModel;
import io.retort.runtime.schema.Sequence;
import io.retort.runtime.schema.Table;
import io.retort.runtime.testing.TestDatabase.Kind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The three inheritance strategies. */
class InheritanceScanTest {

  @ParameterizedTest
  @EnumSource(Kind.class)
  void tablesOfAllThreeStrategies(Kind kind) {
    assertTables(scan("inheritance", kind),
        "vehicles", "payments", "card_payments", "bank_transfers", "contracts", "memos");
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void singleTableHasADiscriminatorAndNullableSubclassColumns(Kind kind) {
    Table vehicles = table(scan("inheritance", kind), "vehicles");
    assertEquals(Column.of("kind", string(20)).notNull(), column(vehicles, "kind"));
    assertEquals(Column.of("seat_count", integer()), column(vehicles, "seat_count"));
    assertEquals(Column.of("payload_tonnes", numeric(6, 2)), column(vehicles, "payload_tonnes"));
    assertEquals(Column.of("id", bigInteger()).identity(), column(vehicles, "id"));
    assertEquals(List.of(new CheckConstraint(null, "kind in ('CAR','TRUCK')")), vehicles.checkConstraints());
    assertEquals(1, vehicles.uniqueConstraints().size());
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void joinedSubclassTablesShareTheParentKey(Kind kind) {
    SchemaModel model = scan("inheritance", kind);
    Table card = table(model, "card_payments");
    assertEquals(new PrimaryKey(null, List.of("payment_id")), card.primaryKey());
    assertEquals(Column.of("payment_id", bigInteger()).notNull(), column(card, "payment_id"));
    assertEquals(List.of(new ForeignKey("fk_card_payments_payment", List.of("payment_id"), "payments", List.of("id"), null, null)),
        card.foreignKeys());

    Table transfer = table(model, "bank_transfers");
    assertEquals(new PrimaryKey(null, List.of("id")), transfer.primaryKey());
    assertEquals(1, transfer.foreignKeys().size());
    ForeignKey generated = transfer.foreignKeys().get(0);
    assertTrue(generated.name().startsWith("FK"), generated.name());
    assertEquals(List.of("id"), generated.columns());
    assertEquals("payments", generated.referencedTable());
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void tablePerClassRepeatsTheInheritedColumnsAndSharesTheSequence(Kind kind) {
    SchemaModel model = scan("inheritance", kind);
    for (String name : List.of("contracts", "memos")) {
      Table table = table(model, name);
      assertEquals(Column.of("id", bigInteger()).notNull(), column(table, "id"));
      assertEquals(Column.of("title", string(200)).notNull(), column(table, "title"));
      assertEquals(Column.of("created_at", timestamp(6)).notNull(), column(table, "created_at"));
      assertTrue(table.foreignKeys().isEmpty(), "no key to the abstract root, which has no table");
    }
    assertEquals(Column.of("valid_until", date()), column(table(model, "contracts"), "valid_until"));
    assertEquals(Column.of("body", string(2000)).notNull(), column(table(model, "memos"), "body"));
    assertEquals(Map.of("document_seq", new Sequence("document_seq", 1, 1)), model.sequences());
  }
}
