package io.retort.autogen.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.RetortException;
import io.retort.runtime.dialect.Dialect;
import io.retort.runtime.dialect.Dialects;
import io.retort.runtime.schema.ColumnType;
import io.retort.runtime.schema.SchemaModel;
import io.retort.runtime.schema.Sequence;
import io.retort.runtime.schema.Table;
import io.retort.runtime.testing.TestDatabase;
import io.retort.runtime.testing.TestDatabase.Kind;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Reads {@link ShopSchema} from each database and compares the model with what must come back. */
class DatabaseIntrospectorTest {

  private static final TableFilter WITHOUT_LEGACY = TableFilter.all().excluding("legacy_*");

  @ParameterizedTest
  @EnumSource(Kind.class)
  void readsEveryTableColumnKeyIndexConstraintAndSequence(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind); Connection connection = db.connect()) {
      ShopSchema schema = new ShopSchema(kind);
      schema.create(connection);
      Dialect dialect = Dialects.forUrl(db.url());

      SchemaModel read = new DatabaseIntrospector(dialect, "retort_version", WITHOUT_LEGACY).read(connection);

      SchemaModel expected = schema.expected();
      assertEquals(expected.tables().keySet(), read.tables().keySet());
      for (String table : expected.tables().keySet()) {
        assertEquals(canonical(expected.tables().get(table), dialect), canonical(read.tables().get(table), dialect), table);
      }
      assertEquals(expected.sequences(), read.sequences());
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void readsTypesTheTypeNameDoesNotTell(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind); Connection connection = db.connect()) {
      ShopSchema schema = new ShopSchema(kind);
      schema.create(connection);

      Table allTypes = new DatabaseIntrospector(Dialects.forUrl(db.url())).read(connection).table("all_types").orElseThrow();

      assertEquals(ColumnType.of(ColumnType.Kind.JSON), allTypes.column("c_json").orElseThrow().type());
      ColumnType expectedEnum = kind == Kind.POSTGRESQL
          ? ColumnType.raw("rt_status") : ColumnType.enumeration(List.of("NEW", "DONE"));
      assertEquals(expectedEnum, allTypes.column("c_enum").orElseThrow().type());
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void readsOnlyTheIncludedTablesButKeepsForeignKeysToTheOthers(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind); Connection connection = db.connect()) {
      ShopSchema schema = new ShopSchema(kind);
      schema.create(connection);

      SchemaModel read = new DatabaseIntrospector(Dialects.forUrl(db.url()), "retort_version",
          TableFilter.including("order*", "legacy_stuff").excluding("order")).read(connection);

      assertEquals(List.of(schema.n("legacy_stuff"), schema.n("order_lines")), tableNames(read));
      assertEquals(3, read.table("order_lines").orElseThrow().foreignKeys().size());
      assertEquals(List.of(schema.n("invoice_seq")), read.sequences().values().stream().map(Sequence::name).toList());
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void leavesOutTheConfiguredVersionTableInAnyCase(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind); Connection connection = db.connect()) {
      new ShopSchema(kind).create(connection);
      Dialect dialect = Dialects.forUrl(db.url());

      SchemaModel withDefault = new DatabaseIntrospector(dialect).read(connection);
      SchemaModel upperCase = new DatabaseIntrospector(dialect, "RETORT_VERSION", TableFilter.all()).read(connection);
      SchemaModel other = new DatabaseIntrospector(dialect, "alembic_version", TableFilter.all()).read(connection);

      assertFalse(withDefault.table("retort_version").isPresent());
      assertFalse(upperCase.table("retort_version").isPresent());
      assertTrue(other.table("retort_version").isPresent());
      assertTrue(withDefault.table("legacy_stuff").isPresent());
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void readsAnEmptySchemaAsAnEmptyModel(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind); Connection connection = db.connect()) {
      assertEquals(SchemaModel.empty(), new DatabaseIntrospector(Dialects.forUrl(db.url())).read(connection));
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void leavesTheCallersConnectionOpen(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind); Connection connection = db.connect()) {
      new ShopSchema(kind).create(connection);

      new DatabaseIntrospector(Dialects.forUrl(db.url())).read(connection);

      assertFalse(connection.isClosed());
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM customers")) {
        assertTrue(rows.next());
        assertEquals(0, rows.getInt(1));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void readsThroughAConnectionItOpensItself(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      try (Connection connection = db.connect()) {
        new ShopSchema(kind).create(connection);
      }

      SchemaModel read = new DatabaseIntrospector(Dialects.forUrl(db.url())).read(db.url(), db.user(), db.password());

      assertTrue(read.table("order_lines").isPresent());
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void failsWithOneLineWhenTheDatabaseCannotBeReached(Kind kind) {
    String url = switch (kind) {
      case POSTGRESQL -> "jdbc:postgresql://127.0.0.1:1/nowhere?password=secret";
      case MARIADB -> "jdbc:mariadb://127.0.0.1:1/nowhere?password=secret";
      case H2 -> "jdbc:h2:mem:nowhere;IFEXISTS=TRUE;PASSWORD=secret";
    };
    DatabaseIntrospector introspector = new DatabaseIntrospector(Dialects.forUrl(url));

    RetortException failure = assertThrows(RetortException.class, () -> introspector.read(url, "nobody", "secret"));

    String withoutParameters = url.substring(0, url.indexOf(kind == Kind.H2 ? ';' : '?'));
    assertTrue(failure.getMessage().startsWith("Could not read the schema of " + withoutParameters + ": "), failure.getMessage());
    assertEquals(1, failure.getMessage().lines().count(), failure.getMessage());
    assertFalse(failure.getMessage().contains("secret"), failure.getMessage());
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void failsWithOneLineOnAClosedConnection(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Connection connection = db.connect();
      connection.close();

      RetortException failure = assertThrows(RetortException.class,
          () -> new DatabaseIntrospector(Dialects.forUrl(db.url())).read(connection));

      assertTrue(failure.getMessage().startsWith("Could not read the schema of "), failure.getMessage());
      assertEquals(1, failure.getMessage().lines().count(), failure.getMessage());
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void refusesTheDialectOfAnotherDatabase(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind); Connection connection = db.connect()) {
      Dialect other = Dialects.forName(kind == Kind.H2 ? "postgresql" : "h2");

      RetortException failure = assertThrows(RetortException.class, () -> new DatabaseIntrospector(other).read(connection));

      assertTrue(failure.getMessage().contains("but the " + other.name() + " dialect was given"), failure.getMessage());
    }
  }

  /** The table with every column type as the dialect stores it, so equivalent spellings compare equal. */
  private static Table canonical(Table table, Dialect dialect) {
    return table.withColumns(table.columns().stream().map(c -> c.withType(dialect.canonical(c.type()))).toList());
  }

  private static List<String> tableNames(SchemaModel model) {
    return model.tables().values().stream().map(Table::name).toList();
  }
}
