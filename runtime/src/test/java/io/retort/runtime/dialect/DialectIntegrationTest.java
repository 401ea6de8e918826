package io.retort.runtime.dialect;

import static io.retort.runtime.api.Columns.column;
import static io.retort.runtime.api.Columns.integer;
import static io.retort.runtime.api.Columns.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.ops.AddColumn;
import io.retort.runtime.ops.AlterColumn;
import io.retort.runtime.ops.AlterColumn.DefaultChange;
import io.retort.runtime.ops.BulkInsert;
import io.retort.runtime.ops.CreateCheckConstraint;
import io.retort.runtime.ops.CreateForeignKey;
import io.retort.runtime.ops.CreateIndex;
import io.retort.runtime.ops.CreateSequence;
import io.retort.runtime.ops.CreateTable;
import io.retort.runtime.ops.CreateUniqueConstraint;
import io.retort.runtime.ops.DropColumn;
import io.retort.runtime.ops.DropConstraint;
import io.retort.runtime.ops.DropIndex;
import io.retort.runtime.ops.DropSequence;
import io.retort.runtime.ops.DropTable;
import io.retort.runtime.ops.Execute;
import io.retort.runtime.ops.RenameTable;
import io.retort.runtime.schema.CheckConstraint;
import io.retort.runtime.schema.Column;
import io.retort.runtime.schema.ColumnType;
import io.retort.runtime.schema.ConstraintKind;
import io.retort.runtime.schema.ForeignKey;
import io.retort.runtime.schema.Index;
import io.retort.runtime.schema.ReferentialAction;
import io.retort.runtime.schema.Sequence;
import io.retort.runtime.schema.Table;
import io.retort.runtime.schema.UniqueConstraint;
import io.retort.runtime.testing.TestDatabase;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every operation executed for real on H2, PostgreSQL and MariaDB, checked through JDBC. */
class DialectIntegrationTest {

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void everyPortableTypeIsCreatedAndReadsBackAsTheSameTypeAndDefault(TestDatabase.Kind kind) throws SQLException {
    try (LiveDatabase db = LiveDatabase.create(kind)) {
      Table table = SampleOperations.everyType();
      db.run(new CreateTable(table));
      Dialect dialect = db.dialect;
      for (Column declared : table.columns()) {
        LiveDatabase.ReportedColumn reported = db.column(table.name(), declared.name());
        String typeName = kind == TestDatabase.Kind.MARIADB && reported.typeName().equals("ENUM")
            ? db.mariaDbColumnType(table.name(), declared.name())
            : reported.typeName();
        ColumnType read = dialect.fromNative(typeName, reported.size(), reported.decimalDigits());
        assertEquals(dialect.canonical(declared.type()), dialect.canonical(read),
            declared.name() + ": declared " + declared.type().describe() + ", reported " + reported);
        assertEquals(dialect.canonicalDefault(declared.serverDefault(), declared.type()),
            dialect.canonicalDefault(reported.defaultValue(), read), declared.name() + " default, reported " + reported);
        assertEquals(declared.isNullable(), reported.nullable(), declared.name() + " nullability");
        assertEquals(declared.isIdentity(), reported.autoIncrement(), declared.name() + " identity");
      }
      db.execute("INSERT INTO " + dialect.quote("everything") + " (" + dialect.quote("small") + ") VALUES (1)");
      assertEquals(List.of(List.of("1", "0", "1", "new")), db.rows("SELECT " + dialect.quote("id") + ", "
          + dialect.quote("quantity") + ", " + dialect.quote("small") + ", " + dialect.quote("code") + " FROM "
          + dialect.quote("everything")));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void reservedWordTablesWithInlineConstraintsEnforceThemAndCascade(TestDatabase.Kind kind) throws SQLException {
    try (LiveDatabase db = LiveDatabase.create(kind)) {
      Dialect d = db.dialect;
      db.run(new CreateTable(SampleOperations.users()), new CreateTable(SampleOperations.orders()));
      assertTrue(db.indexes("user").containsKey(d.storedName("ix_user_group")));
      LiveDatabase.ReportedIndex composite = db.indexes("order").get(d.storedName("ix_order_user_state"));
      assertEquals(List.of(d.storedName("user_id"), d.storedName("state")), composite.columns());
      assertFalse(composite.unique());

      db.run(insertUser(1, "ann@example.com"), insertUser(2, "bob@example.com"));
      db.run(insertOrder(1, "A-1", "10.00"), insertOrder(1, "A-2", "20.00"), insertOrder(2, "B-1", "5.00"));
      assertEquals(3, db.queryLong("SELECT COUNT(*) FROM " + d.quote("order")));
      assertThrows(SQLException.class, () -> db.run(insertUser(3, "ann@example.com")), "unique e-mail");
      assertThrows(SQLException.class, () -> db.run(insertOrder(2, "B-2", "-1")), "check total >= 0");
      assertThrows(SQLException.class, () -> db.run(insertOrder(9, "X-1", "1")), "foreign key to user");
      assertThrows(SQLException.class, () -> db.run(insertOrder(2, "A-1", "1")), "unique reference");
      assertEquals("open", db.rows("SELECT " + d.quote("state") + " FROM " + d.quote("order") + " WHERE "
          + d.quote("reference") + " = 'A-1'").get(0).get(0), "server default of order.state");

      db.run(new Execute("DELETE FROM " + d.quote("user") + " WHERE " + d.quote("id") + " = ?", List.of(1)));
      assertEquals(1, db.queryLong("SELECT COUNT(*) FROM " + d.quote("order")), "ON DELETE CASCADE removed ann's orders");

      db.run(new DropTable("order", null), new DropTable("user", null));
      assertFalse(db.tableExists("order"));
      assertFalse(db.tableExists("user"));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void columnsAreAddedAlteredRenamedAndDropped(TestDatabase.Kind kind) throws SQLException {
    try (LiveDatabase db = LiveDatabase.create(kind)) {
      Dialect d = db.dialect;
      db.run(new CreateTable(SampleOperations.users()), insertUser(1, "ann@example.com"));
      String user = d.quote("user");

      Column quantity = SampleOperations.quantity();
      db.run(new AddColumn("user", quantity));
      assertEquals(List.of(List.of("0")), db.rows("SELECT " + d.quote("quantity") + " FROM " + user), "default fills the old row");
      assertFalse(db.column("user", "quantity").nullable());

      db.run(new AlterColumn("user", "quantity", null, null, new DefaultChange("5"), null, quantity));
      db.run(insertUser(2, "bob@example.com"));
      assertEquals(5, db.queryLong("SELECT " + d.quote("quantity") + " FROM " + user + " WHERE " + d.quote("id") + " = 2"));
      Column quantityFive = quantity.serverDefault("5");

      db.run(new AlterColumn("user", "quantity", null, null, new DefaultChange(null), null, quantityFive));
      assertNull(d.canonicalDefault(db.column("user", "quantity").defaultValue(), integer()));
      Column noDefault = quantity.serverDefault(null);

      db.run(new AlterColumn("user", "quantity", null, true, null, null, noDefault));
      assertTrue(db.column("user", "quantity").nullable());
      db.run(insertUser(3, "cy@example.com"));
      assertEquals(List.of(Arrays.asList((String) null)), db.rows("SELECT " + d.quote("quantity") + " FROM " + user
          + " WHERE " + d.quote("id") + " = 3"));

      db.run(new Execute("UPDATE " + user + " SET " + d.quote("quantity") + " = ? WHERE " + d.quote("quantity") + " IS NULL", List.of(7)));
      db.run(new AlterColumn("user", "quantity", null, false, null, null, noDefault.nullable()));
      assertFalse(db.column("user", "quantity").nullable());
      assertThrows(SQLException.class, () -> db.run(insertUserWith(4, "dee@example.com", "quantity", null)), "NOT NULL again");

      Column code = column("code", string(10));
      db.run(new AddColumn("user", code),
          new Execute("UPDATE " + user + " SET " + d.quote("code") + " = ?", List.of("42")));
      db.run(new AlterColumn("user", "code", integer(), null, null, null, code));
      assertEquals(d.canonical(integer()), d.canonical(reportedType(db, "user", "code")), "varchar became integer");
      assertEquals(42 * 3, db.queryLong("SELECT SUM(" + d.quote("code") + ") FROM " + user));

      db.run(new AlterColumn("user", "code", string(20), true, new DefaultChange("'none'"), "label", code.withType(integer())));
      LiveDatabase.ReportedColumn label = db.column("user", "label");
      assertEquals(d.canonical(string(20)), d.canonical(reportedType(db, "user", "label")));
      assertEquals("'none'", d.canonicalDefault(label.defaultValue(), string(20)));
      assertFalse(db.columns("user").containsKey(d.storedName("code")), "renamed away");

      db.run(new DropColumn("user", "label", null));
      assertFalse(db.columns("user").containsKey(d.storedName("label")));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void tablesAreRenamed(TestDatabase.Kind kind) throws SQLException {
    try (LiveDatabase db = LiveDatabase.create(kind)) {
      db.run(new CreateTable(SampleOperations.users()), insertUser(1, "ann@example.com"));
      db.run(new RenameTable("user", "member"));
      assertFalse(db.tableExists("user"));
      assertEquals(1, db.queryLong("SELECT COUNT(*) FROM " + db.dialect.quote("member")));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void indexesAreCreatedAndDropped(TestDatabase.Kind kind) throws SQLException {
    try (LiveDatabase db = LiveDatabase.create(kind)) {
      Dialect d = db.dialect;
      db.run(new CreateTable(Table.of("user", List.of(column("id", integer()).notNull(), column("email", string(100)),
          column("group", string(20))), new io.retort.runtime.schema.PrimaryKey(null, List.of("id")))));
      db.run(new CreateIndex("user", new Index("ix_user_group", List.of("group"), false)),
          new CreateIndex("user", new Index("ux_user_email_group", List.of("email", "group"), true)));
      Map<String, LiveDatabase.ReportedIndex> indexes = db.indexes("user");
      assertFalse(indexes.get(d.storedName("ix_user_group")).unique());
      assertTrue(indexes.get(d.storedName("ux_user_email_group")).unique());
      assertEquals(List.of(d.storedName("email"), d.storedName("group")), indexes.get(d.storedName("ux_user_email_group")).columns());

      db.run(insertUserWith(1, "a@example.com", "group", "x"));
      assertThrows(SQLException.class, () -> db.run(insertUserWith(2, "a@example.com", "group", "x")));

      db.run(new DropIndex("user", "ux_user_email_group", null), new DropIndex("user", "ix_user_group", null));
      indexes = db.indexes("user");
      assertFalse(indexes.containsKey(d.storedName("ix_user_group")));
      assertFalse(indexes.containsKey(d.storedName("ux_user_email_group")));
      db.run(insertUserWith(2, "a@example.com", "group", "x"));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void constraintsAreAddedEnforcedAndDropped(TestDatabase.Kind kind) throws SQLException {
    try (LiveDatabase db = LiveDatabase.create(kind)) {
      Dialect d = db.dialect;
      Table users = SampleOperations.users();
      Table orders = SampleOperations.orders();
      db.run(new CreateTable(users.withUniqueConstraints(List.of()).withIndexes(List.of())),
          new CreateTable(orders.withForeignKeys(List.of()).withCheckConstraints(List.of()).withUniqueConstraints(List.of())
              .withIndexes(List.of())));
      UniqueConstraint unique = new UniqueConstraint("uq_user_email", List.of("email"));
      CheckConstraint check = new CheckConstraint("ck_order_total", "total >= 0");
      ForeignKey foreignKey = new ForeignKey("fk_order_user", List.of("user_id"), "user", List.of("id"),
          ReferentialAction.CASCADE, ReferentialAction.NO_ACTION);
      db.run(new CreateUniqueConstraint("user", unique), new CreateCheckConstraint("order", check),
          new CreateForeignKey("order", foreignKey));

      db.run(insertUser(1, "ann@example.com"), insertUser(2, "bob@example.com"), insertOrder(1, "A-1", "1"),
          insertOrder(2, "B-1", "2"));
      assertThrows(SQLException.class, () -> db.run(insertUser(3, "ann@example.com")));
      assertThrows(SQLException.class, () -> db.run(insertOrder(1, "A-2", "-5")));
      assertThrows(SQLException.class, () -> db.run(insertOrder(9, "X-1", "1")));
      db.execute("DELETE FROM " + d.quote("user") + " WHERE " + d.quote("id") + " = 1");
      assertEquals(List.of(List.of("B-1")), db.rows("SELECT " + d.quote("reference") + " FROM " + d.quote("order")),
          "deleting the parent row cascaded to its order");

      db.run(new DropConstraint("order", "fk_order_user", ConstraintKind.FOREIGN_KEY, null),
          new DropConstraint("order", "ck_order_total", ConstraintKind.CHECK, null),
          new DropConstraint("user", "uq_user_email", ConstraintKind.UNIQUE, null));
      db.run(insertUser(3, "bob@example.com"), insertOrder(9, "X-1", "-5"));
      assertEquals(2, db.queryLong("SELECT COUNT(*) FROM " + d.quote("order")), "no constraint is left to refuse the rows");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void sequencesAreCreatedAndDropped(TestDatabase.Kind kind) throws SQLException {
    try (LiveDatabase db = LiveDatabase.create(kind)) {
      db.run(new CreateSequence(new Sequence("order_number_seq", 1000, 10)));
      String next = nextValue(kind, db.dialect.quote("order_number_seq"));
      assertEquals(1000, db.queryLong(next));
      assertEquals(1010, db.queryLong(next));
      db.run(new DropSequence("order_number_seq", null));
      assertThrows(SQLException.class, () -> db.queryLong(next));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void executeBindsParametersAndBulkInsertWritesEveryRow(TestDatabase.Kind kind) throws SQLException {
    try (LiveDatabase db = LiveDatabase.create(kind)) {
      Dialect d = db.dialect;
      db.run(new CreateTable(SampleOperations.users()));
      List<Map<String, Object>> rows = new ArrayList<>();
      for (int id = 1; id <= AbstractDialect.ROWS_PER_INSERT + 5; id++) {
        rows.add(row(id, "user" + id + "@example.com", id % 2 == 0 ? "even" : null));
      }
      rows.add(Map.of("id", 1000, "email", "solo@example.com"));
      BulkInsert insert = new BulkInsert("user", rows);
      assertEquals(3, d.statements(insert).size(), "100 rows, 5 rows, and the row with other columns");
      db.run(insert);
      assertEquals(AbstractDialect.ROWS_PER_INSERT + 6, db.queryLong("SELECT COUNT(*) FROM " + d.quote("user")));
      assertEquals(52, db.queryLong("SELECT COUNT(*) FROM " + d.quote("user") + " WHERE " + d.quote("group") + " = 'even'"));

      db.run(new Execute("UPDATE " + d.quote("user") + " SET " + d.quote("group") + " = ? WHERE " + d.quote("id")
          + " <= ? AND " + d.quote("email") + " <> '?'", List.of("it's ?", 3)));
      assertEquals(List.of(List.of("it's ?"), List.of("it's ?"), List.of("it's ?")), db.rows("SELECT " + d.quote("group")
          + " FROM " + d.quote("user") + " WHERE " + d.quote("id") + " <= 3"));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void theVersionTableIsCreatedOnce(TestDatabase.Kind kind) throws SQLException {
    try (LiveDatabase db = LiveDatabase.create(kind)) {
      db.run(db.dialect.createVersionTable("retort_version"));
      db.run(db.dialect.createVersionTable("retort_version"));
      db.run(new SqlStatement("INSERT INTO " + db.dialect.quote("retort_version") + " VALUES (?)", List.of("3f2a9c1b7d4e")));
      assertThrows(SQLException.class, () -> db.run(
          new SqlStatement("INSERT INTO " + db.dialect.quote("retort_version") + " VALUES (?)", List.of("3f2a9c1b7d4e"))));
      LiveDatabase.ReportedColumn version = db.column("retort_version", "version_num");
      assertEquals(ColumnType.sized(ColumnType.Kind.STRING, 32), db.dialect.fromNative(version.typeName(), version.size(),
          version.decimalDigits()));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void transactionalDdlSaysWhetherRollbackUndoesDdl(TestDatabase.Kind kind) throws SQLException {
    try (LiveDatabase db = LiveDatabase.create(kind)) {
      db.run(new CreateTable(SampleOperations.users()));
      db.connection.setAutoCommit(false);
      db.run(insertUser(1, "ann@example.com"));
      db.run(new CreateTable(Table.of("scratch", List.of(column("id", integer())), null)));
      db.run(insertUser(2, "bob@example.com"));
      db.run(new AddColumn("user", column("nickname", string(20))));
      db.connection.rollback();
      db.connection.setAutoCommit(true);
      boolean transactional = db.dialect.transactionalDdl();
      assertEquals(!transactional, db.tableExists("scratch"), "CREATE TABLE survived rollback()");
      assertEquals(!transactional, db.columns("user").containsKey(db.dialect.storedName("nickname")), "ADD COLUMN survived rollback()");
      assertEquals(transactional ? 0 : 2, db.queryLong("SELECT COUNT(*) FROM " + db.dialect.quote("user")),
          "the DDL committed the inserts before and between");
    }
  }

  private static String nextValue(TestDatabase.Kind kind, String quotedSequence) {
    return kind == TestDatabase.Kind.POSTGRESQL
        ? "SELECT nextval('" + quotedSequence.replace("'", "''") + "')"
        : (kind == TestDatabase.Kind.H2 ? "VALUES " : "SELECT ") + "NEXT VALUE FOR " + quotedSequence;
  }

  private static ColumnType reportedType(LiveDatabase db, String table, String column) throws SQLException {
    LiveDatabase.ReportedColumn reported = db.column(table, column);
    return db.dialect.fromNative(reported.typeName(), reported.size(), reported.decimalDigits());
  }

  private static Map<String, Object> row(int id, String email, String group) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", id);
    row.put("email", email);
    row.put("group", group);
    return row;
  }

  private static BulkInsert insertUser(int id, String email) {
    return new BulkInsert("user", List.of(Map.of("id", id, "email", email)));
  }

  private static BulkInsert insertUserWith(int id, String email, String column, Object value) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", id);
    row.put("email", email);
    row.put(column, value);
    return new BulkInsert("user", List.of(row));
  }

  private static BulkInsert insertOrder(int userId, String reference, String total) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("user_id", userId);
    row.put("reference", reference);
    row.put("total", new java.math.BigDecimal(total));
    return new BulkInsert("order", List.of(row));
  }
}
