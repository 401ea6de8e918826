package io.retort.runtime.api;

import static io.retort.runtime.api.Columns.column;
import static io.retort.runtime.api.Columns.foreignKey;
import static io.retort.runtime.api.Columns.integer;
import static io.retort.runtime.api.Columns.primaryKey;
import static io.retort.runtime.api.Columns.row;
import static io.retort.runtime.api.Columns.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.retort.runtime.ops.CreateTable;
import io.retort.runtime.ops.DropConstraint;
import io.retort.runtime.ops.DropSequence;
import io.retort.runtime.ops.DropTable;
import io.retort.runtime.ops.Operation;
import io.retort.runtime.schema.ForeignKey;
import io.retort.runtime.schema.Sequence;
import io.retort.runtime.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code op} forms that drop something and record its definition, and {@code row(...)} for bulk inserts. */
class DefinitionCarryingDropsTest {
  private final List<Operation> recorded = new ArrayList<>();
  private final Operations op = new Operations(recorded::add);

  @Test
  void dropTableWithElementsRecordsTheTableCreateTableWouldHaveMade() {
    op.createTable("products", column("id", integer()).identity(), column("category_id", integer()), primaryKey("id"),
        foreignKey("category_id").references("categories", "id"));
    op.dropTable("products", column("id", integer()).identity(), column("category_id", integer()), primaryKey("id"),
        foreignKey("category_id").references("categories", "id"));

    CreateTable created = (CreateTable) recorded.get(0);
    assertEquals(new DropTable("products", created.table()), recorded.get(1));
    assertEquals(created, recorded.get(1).reverse().orElseThrow());
  }

  @Test
  void dropConstraintWithItsDefinitionIsReversible() {
    UniqueConstraint sku = unique("sku").named("uq_products_sku");
    op.dropConstraint("products", sku);

    assertEquals(new DropConstraint("products", "uq_products_sku", sku), recorded.get(0));
    assertThrows(IllegalArgumentException.class, () -> op.dropConstraint("products", unique("sku")));
    ForeignKey unnamed = foreignKey("category_id").references("categories", "id");
    assertThrows(IllegalArgumentException.class, () -> op.dropConstraint("products", unnamed));
  }

  @Test
  void dropSequenceWithStartAndIncrementRecordsTheSequence() {
    op.dropSequence("order_seq", 1, 50);

    assertEquals(new DropSequence("order_seq", new Sequence("order_seq", 1, 50)), recorded.get(0));
  }

  @Test
  void rowKeepsColumnOrderAndNulls() {
    Map<String, Object> row = row("z", 1, "a", null, "m", "x");

    assertEquals(List.of("z", "a", "m"), List.copyOf(row.keySet()));
    assertEquals(Arrays.asList(1, null, "x"), new ArrayList<>(row.values()));
    assertThrows(IllegalArgumentException.class, () -> row("id"));
    assertThrows(IllegalArgumentException.class, () -> row(1, "id"));
    assertThrows(IllegalArgumentException.class, () -> row("id", 1, "id", 2));
  }
}
