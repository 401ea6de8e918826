package io.retort.autogen.evolution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.retort.runtime.schema.Column;
import io.retort.runtime.schema.ColumnType;
import io.retort.runtime.schema.ForeignKey;
import io.retort.runtime.schema.Index;
import io.retort.runtime.schema.PrimaryKey;
import io.retort.runtime.schema.SchemaModel;
import io.retort.runtime.schema.Sequence;
import io.retort.runtime.schema.Table;
import io.retort.runtime.schema.UniqueConstraint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The oracle's comparison reports every real difference, one line each, and nothing the database merely named. */
class SchemaDifferencesTest {
  private static final Column ID = Column.of("id", ColumnType.of(ColumnType.Kind.BIGINT)).notNull();

  private static Table table(Column name, List<ForeignKey> fks, List<UniqueConstraint> uniques, List<Index> indexes) {
    return new Table("e1", List.of(ID, name, Column.of("parent_id", ColumnType.of(ColumnType.Kind.BIGINT))),
        new PrimaryKey("e1_pkey", List.of("id")), fks, uniques, List.of(), indexes);
  }

  @Test
  void reportsColumnsKeysIndexesAndSequencesThatDiffer() {
    ForeignKey fk = new ForeignKey("FK1", List.of("parent_id"), "e1", List.of("id"), null, null);
    SchemaModel hibernate = SchemaModel.of(List.of(table(Column.of("name", ColumnType.sized(ColumnType.Kind.STRING, 40)), List.of(fk),
        List.of(new UniqueConstraint("uk_e1_name", List.of("name"))), List.of(new Index("ix_e1_parent", List.of("parent_id"), false)))),
        List.of(new Sequence("e1_seq", 1, 10)));
    SchemaModel retort = SchemaModel.of(List.of(table(Column.of("name", ColumnType.sized(ColumnType.Kind.STRING, 80)).notNull(),
        List.of(), List.of(new UniqueConstraint("uk_e1_other", List.of("name"))), List.of())),
        List.of(new Sequence("e1_seq", 1, 50)));

    assertEquals(List.of(
        "table e1: column name: varchar(40) NULL in hibernate, varchar(80) NOT NULL in retort",
        "table e1: foreign key fk1[parent_id] -> e1[id] on delete NO_ACTION on update NO_ACTION only in hibernate",
        "table e1: unique constraint uk_e1_name[name] only in hibernate",
        "table e1: unique constraint uk_e1_other[name] only in retort",
        "table e1: index ix_e1_parent[parent_id] only in hibernate",
        "sequence e1_seq start 1 increment 10 only in hibernate",
        "sequence e1_seq start 1 increment 50 only in retort"),
        SchemaDifferences.between(hibernate, retort, "hibernate", "retort"));
  }

  @Test
  void namesTheDatabaseInventedAndColumnOrderAreNotDifferences() {
    Column name = Column.of("name", ColumnType.sized(ColumnType.Kind.STRING, 40));
    Table a = table(name, List.of(), List.of(new UniqueConstraint("CONSTRAINT_INDEX_2", List.of("name"))), List.of());
    Table b = new Table("E1", List.of(a.columns().get(2), a.columns().get(1), ID), new PrimaryKey("PRIMARY", List.of("ID")),
        List.of(), List.of(new UniqueConstraint("e1_name_key", List.of("name")), new UniqueConstraint("PRIMARY_KEY_8", List.of("id"))),
        List.of(), List.of());

    assertEquals(List.of(), SchemaDifferences.between(SchemaModel.of(List.of(a), List.of()), SchemaModel.of(List.of(b), List.of()), "a", "b"));
  }

  @Test
  void missingTablesAndPrimaryKeyColumnsAreDifferences() {
    Column name = Column.of("name", ColumnType.sized(ColumnType.Kind.STRING, 40));
    Table a = table(name, List.of(), List.of(), List.of());
    Table b = a.withPrimaryKey(new PrimaryKey(null, List.of("id", "name")));
    Table extra = Table.of("e2", List.of(ID), new PrimaryKey(null, List.of("id")));

    assertEquals(List.of("table e1: primary key [id] in a, [id, name] in b", "table e2: only in b"),
        SchemaDifferences.between(SchemaModel.of(List.of(a), List.of()), SchemaModel.of(List.of(b, extra), List.of()), "a", "b"));
  }
}
