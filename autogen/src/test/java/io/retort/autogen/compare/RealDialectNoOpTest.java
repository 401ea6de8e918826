package io.retort.autogen.compare;

import static io.retort.autogen.compare.TestModels.fk;
import static io.retort.autogen.compare.TestModels.model;
import static io.retort.autogen.compare.TestModels.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.dialect.Dialect;
import io.retort.runtime.dialect.H2Dialect;
import io.retort.runtime.dialect.MariaDbDialect;
import io.retort.runtime.dialect.PostgresDialect;
import io.retort.runtime.schema.Column;
import io.retort.runtime.schema.ColumnType;
import io.retort.runtime.schema.ReferentialAction;
import io.retort.runtime.schema.SchemaModel;
import io.retort.runtime.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * With the real dialects: the types Hibernate writes in DDL and the types JDBC reports back for the
 * same columns are no change, nor are defaults in the database's own spelling; a real change still is.
 */
class RealDialectNoOpTest {

  /** A column as Hibernate declares it (DDL spelling) and as the database reports it (JDBC name, size, digits). */
  private record Spelling(String column, String declared, String reported, Integer size, Integer digits) {
  }

  private record Case(Dialect dialect, List<Spelling> spellings, String reportedZeroDefault) {
    @Override
    public String toString() {
      return dialect.name();
    }
  }

  static Stream<Arguments> dialects() {
    return Stream.of(
        Arguments.of(new Case(new PostgresDialect(), List.of(
            new Spelling("id", "bigint", "int8", 19, 0),
            new Spelling("name", "varchar(200)", "varchar", 200, 0),
            new Spelling("price", "numeric(12,2)", "numeric", 12, 2),
            new Spelling("created", "timestamp(6) with time zone", "timestamptz", 35, 6),
            new Spelling("updated", "timestamp(6)", "timestamp", 29, 6),
            new Spelling("active", "boolean", "bool", 1, 0),
            new Spelling("ratio", "float(53)", "float8", 17, 17),
            new Spelling("body", "text", "text", Integer.MAX_VALUE, 0),
            new Spelling("token", "uuid", "uuid", Integer.MAX_VALUE, 0),
            new Spelling("stock", "integer", "int4", 10, 0),
            new Spelling("status", "varchar(16)", "varchar", 16, 0)), "'0'::integer")),
        Arguments.of(new Case(new MariaDbDialect(), List.of(
            new Spelling("id", "bigint", "BIGINT", 19, 0),
            new Spelling("name", "varchar(200)", "VARCHAR", 200, 0),
            new Spelling("price", "decimal(12,2)", "DECIMAL", 12, 2),
            new Spelling("created", "datetime(6)", "DATETIME", 26, 0),
            new Spelling("active", "bit", "BIT", 1, 0),
            new Spelling("ratio", "float(53)", "DOUBLE", 22, 0),
            new Spelling("body", "longtext", "LONGTEXT", null, null),
            new Spelling("stock", "integer", "INT", 10, 0),
            new Spelling("status", "enum ('ACTIVE','SUSPENDED')", "enum('ACTIVE','SUSPENDED')", 9, 0)), "'0'")),
        Arguments.of(new Case(new H2Dialect(), List.of(
            new Spelling("id", "bigint", "BIGINT", 64, 0),
            new Spelling("name", "varchar(200)", "CHARACTER VARYING", 200, 0),
            new Spelling("price", "numeric(12,2)", "NUMERIC", 12, 2),
            new Spelling("created", "timestamp(6) with time zone", "TIMESTAMP WITH TIME ZONE", 35, 6),
            new Spelling("updated", "timestamp(6)", "TIMESTAMP", 26, 6),
            new Spelling("active", "boolean", "BOOLEAN", 1, 0),
            new Spelling("ratio", "float(53)", "DOUBLE PRECISION", 53, 0),
            new Spelling("body", "clob", "CHARACTER LARGE OBJECT", 1000000000, 0),
            new Spelling("token", "uuid", "UUID", 16, 0),
            new Spelling("stock", "integer", "INTEGER", 32, 0)), "0")));
  }

  private static Table declared(Case c) {
    List<Column> columns = new ArrayList<>();
    for (Spelling s : c.spellings()) {
      Column column = Column.of(s.column(), c.dialect().fromNative(s.declared(), null, null));
      columns.add(s.column().equals("id") ? column.notNull() : s.column().equals("stock") ? column.serverDefault("0") : column);
    }
    return table("products", columns.toArray(Column[]::new));
  }

  private static Table reported(Case c) {
    List<Column> columns = new ArrayList<>();
    for (Spelling s : c.spellings()) {
      Column column = Column.of(s.column().toUpperCase(), c.dialect().fromNative(s.reported(), s.size(), s.digits()));
      columns.add(s.column().equals("id") ? column.notNull()
          : s.column().equals("stock") ? column.serverDefault(c.reportedZeroDefault()) : column.serverDefault(null));
    }
    return table("PRODUCTS", columns.toArray(Column[]::new));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dialects")
  void declaredAndReportedSpellingsAreNoChange(Case c) {
    ComparisonOptions options = ComparisonOptions.defaults().withCompareServerDefault(true);
    Comparison comparison = new SchemaComparator(c.dialect(), options).compare(model(reported(c)), model(declared(c)));
    assertEquals(List.of(), comparison.detectedLines());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dialects")
  void aRealTypeChangeIsStillDetected(Case c) {
    Table wider = declared(c).withColumns(declared(c).columns().stream()
        .map(col -> col.name().equals("name") ? col.withType(c.dialect().fromNative("varchar(300)", null, null)) : col)
        .toList());
    Comparison comparison = new SchemaComparator(c.dialect()).compare(model(reported(c)), model(wider));
    assertEquals(List.of("Detected type change from varchar(200) to varchar(300) on 'products.name'"),
        comparison.detectedLines());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dialects")
  void aForeignKeyWithoutRulesMatchesWhatTheDatabaseReports(Case c) {
    ReferentialAction reportedRule = c.dialect().name().equals("postgresql") ? ReferentialAction.NO_ACTION
        : ReferentialAction.RESTRICT;
    Table categories = table("categories", Column.of("id", ColumnType.of(ColumnType.Kind.BIGINT)).notNull());
    Table db = table("products", Column.of("id", ColumnType.of(ColumnType.Kind.BIGINT)).notNull(),
        Column.of("category_id", ColumnType.of(ColumnType.Kind.BIGINT)))
        .withForeignKeys(List.of(fk("products_category_fk", "category_id", "categories", reportedRule)));
    Table entities = db.withForeignKeys(List.of(fk("FK4hncpre5", "category_id", "categories", null)));
    SchemaModel current = model(categories, db);
    assertTrue(new SchemaComparator(c.dialect()).compare(current, model(categories, entities)).isEmpty());
  }
}
