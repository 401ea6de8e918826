package io.retort.runtime.dialect;

import static io.retort.runtime.api.Columns.bigInteger;
import static io.retort.runtime.api.Columns.binary;
import static io.retort.runtime.api.Columns.blob;
import static io.retort.runtime.api.Columns.bool;
import static io.retort.runtime.api.Columns.character;
import static io.retort.runtime.api.Columns.clob;
import static io.retort.runtime.api.Columns.column;
import static io.retort.runtime.api.Columns.date;
import static io.retort.runtime.api.Columns.doublePrecision;
import static io.retort.runtime.api.Columns.enumeration;
import static io.retort.runtime.api.Columns.integer;
import static io.retort.runtime.api.Columns.json;
import static io.retort.runtime.api.Columns.numeric;
import static io.retort.runtime.api.Columns.raw;
import static io.retort.runtime.api.Columns.real;
import static io.retort.runtime.api.Columns.smallInteger;
import static io.retort.runtime.api.Columns.string;
import static io.retort.runtime.api.Columns.text;
import static io.retort.runtime.api.Columns.time;
import static io.retort.runtime.api.Columns.timestamp;
import static io.retort.runtime.api.Columns.timestampTz;
import static io.retort.runtime.api.Columns.uuid;

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
import io.retort.runtime.ops.Operation;
import io.retort.runtime.ops.RenameTable;
import io.retort.runtime.schema.CheckConstraint;
import io.retort.runtime.schema.Column;
import io.retort.runtime.schema.ConstraintKind;
import io.retort.runtime.schema.ForeignKey;
import io.retort.runtime.schema.Index;
import io.retort.runtime.schema.PrimaryKey;
import io.retort.runtime.schema.ReferentialAction;
import io.retort.runtime.schema.Sequence;
import io.retort.runtime.schema.Table;
import io.retort.runtime.schema.UniqueConstraint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The operations the dialect tests render (golden files) and run (integration tests): one table
 * with a column of every portable type, and tables named with reserved words ({@code user},
 * {@code order}) with every kind of constraint.
 */
final class SampleOperations {
  private SampleOperations() {
  }

  /** One titled case of a golden file: what it renders for a dialect. */
  record Case(String title, Function<Dialect, List<SqlStatement>> render) {
    static Case of(String title, Operation operation) {
      return new Case(title, dialect -> dialect.statements(operation));
    }
  }

  /** {@code everything}: a column of every portable kind, with defaults where they are common. */
  static Table everyType() {
    return new Table("everything", List.of(
        column("id", bigInteger()).identity(),
        column("small", smallInteger()),
        column("quantity", integer()).notNull().serverDefault("0"),
        column("amount", numeric(10, 2)).serverDefault("1.50"),
        column("ratio", real()),
        column("score", doublePrecision()),
        column("active", bool()).notNull().serverDefault("TRUE"),
        column("code", string(20)).serverDefault("'new'"),
        column("country", character(2)),
        column("body", text()),
        column("document", clob()),
        column("born", date()),
        column("wakes", time()),
        column("wakes_precisely", time(3)),
        column("created", timestamp()),
        column("created_precisely", timestamp(6)),
        column("happened", timestampTz()),
        column("external_id", uuid()),
        column("digest", binary(32)),
        column("payload", blob()),
        column("settings", json()),
        column("status", enumeration("NEW", "SHIPPED")),
        column("legacy", raw("DECIMAL(5, 1)"))),
        new PrimaryKey(null, List.of("id")), List.of(), List.of(), List.of(), List.of());
  }

  /** {@code user}: a reserved word as a table name, with a unique e-mail. */
  static Table users() {
    return new Table("user", List.of(
        column("id", integer()).notNull(),
        column("email", string(200)).notNull(),
        column("group", string(50))),
        new PrimaryKey(null, List.of("id")), List.of(),
        List.of(new UniqueConstraint("uq_user_email", List.of("email"))), List.of(),
        List.of(new Index("ix_user_group", List.of("group"), false)));
  }

  /** {@code order}: references {@code user} with ON DELETE CASCADE, has a check and a composite unique index. */
  static Table orders() {
    return new Table("order", List.of(
        column("id", integer()).identity(),
        column("user_id", integer()).notNull(),
        column("reference", string(40)).notNull(),
        column("total", numeric(12, 2)).notNull().serverDefault("0"),
        column("state", string(20)).serverDefault("'open'")),
        new PrimaryKey(null, List.of("id")),
        List.of(new ForeignKey("fk_order_user", List.of("user_id"), "user", List.of("id"), ReferentialAction.CASCADE,
            ReferentialAction.NO_ACTION)),
        List.of(new UniqueConstraint("uq_order_reference", List.of("reference"))),
        List.of(new CheckConstraint("ck_order_total", "total >= 0")),
        List.of(new Index("ix_order_user_state", List.of("user_id", "state"), false)));
  }

  static Column quantity() {
    return column("quantity", integer()).notNull().serverDefault("0");
  }

  static Map<String, List<Case>> groups() {
    Map<String, List<Case>> groups = new LinkedHashMap<>();
    groups.put("every_type", List.of(
        Case.of("create a table with a column of every portable type", new CreateTable(everyType()))));
    groups.put("tables", List.of(
        Case.of("create table user (reserved word), unique constraint and index", new CreateTable(users())),
        Case.of("create table order (reserved word), foreign key with ON DELETE CASCADE, check, unique, composite index",
            new CreateTable(orders())),
        Case.of("rename table", new RenameTable("order", "purchase")),
        Case.of("drop table", new DropTable("purchase", null)),
        new Case("create the version table", dialect -> List.of(dialect.createVersionTable("retort_version")))));
    groups.put("columns", List.of(
        Case.of("add a NOT NULL column with a default", new AddColumn("user", quantity())),
        Case.of("add a nullable column", new AddColumn("user", column("nickname", string(30)))),
        Case.of("drop column", new DropColumn("user", "nickname", null)),
        Case.of("change type", new AlterColumn("user", "quantity", bigInteger(), null, null, null, quantity())),
        Case.of("make nullable", new AlterColumn("user", "quantity", null, true, null, null, quantity())),
        Case.of("make NOT NULL", new AlterColumn("user", "quantity", null, false, null, null, quantity().nullable())),
        Case.of("set default", new AlterColumn("user", "quantity", null, null, new DefaultChange("1"), null, quantity())),
        Case.of("drop default", new AlterColumn("user", "quantity", null, null, new DefaultChange(null), null, quantity())),
        Case.of("rename column", new AlterColumn("user", "quantity", null, null, null, "amount", quantity())),
        Case.of("change type, nullability, default and name at once",
            new AlterColumn("user", "quantity", string(10), true, new DefaultChange("'none'"), "amount", quantity()))));
    groups.put("indexes", List.of(
        Case.of("create index", new CreateIndex("user", new Index("ix_user_email", List.of("email"), false))),
        Case.of("create unique index on two columns",
            new CreateIndex("user", new Index("ux_user_email_group", List.of("email", "group"), true))),
        Case.of("drop index", new DropIndex("user", "ix_user_email", null))));
    ForeignKey fk = new ForeignKey("fk_order_user", List.of("user_id"), "user", List.of("id"), ReferentialAction.CASCADE,
        ReferentialAction.SET_NULL);
    groups.put("constraints", List.of(
        Case.of("create unique constraint", new CreateUniqueConstraint("user", new UniqueConstraint("uq_user_email", List.of("email")))),
        Case.of("create check constraint", new CreateCheckConstraint("order", new CheckConstraint("ck_order_total", "total >= 0"))),
        Case.of("create foreign key ON DELETE CASCADE ON UPDATE SET NULL", new CreateForeignKey("order", fk)),
        Case.of("create foreign key without rules",
            new CreateForeignKey("order", fk.onDelete(ReferentialAction.NO_ACTION).onUpdate(ReferentialAction.NO_ACTION))),
        Case.of("drop foreign key", new DropConstraint("order", "fk_order_user", ConstraintKind.FOREIGN_KEY, null)),
        Case.of("drop unique constraint", new DropConstraint("user", "uq_user_email", ConstraintKind.UNIQUE, null)),
        Case.of("drop check constraint", new DropConstraint("order", "ck_order_total", ConstraintKind.CHECK, null))));
    groups.put("sequences", List.of(
        Case.of("create sequence", new CreateSequence(new Sequence("order_number_seq", 1000, 10))),
        Case.of("drop sequence", new DropSequence("order_number_seq", null))));
    Map<String, Object> widget = new LinkedHashMap<>();
    widget.put("id", 1);
    widget.put("email", "ann@example.com");
    widget.put("group", null);
    Map<String, Object> gadget = new LinkedHashMap<>(widget);
    gadget.put("id", 2);
    gadget.put("email", "o'brien@example.com");
    Map<String, Object> other = Map.of("id", 3);
    groups.put("data", List.of(
        Case.of("execute with parameters", new Execute("UPDATE accounts SET quantity = ? WHERE email = ? AND born < ?",
            List.of(5, "it's", LocalDate.of(2026, 11, 26)))),
        Case.of("bulk insert: one statement per run of rows with the same columns",
            new BulkInsert("user", List.of(widget, gadget, other))),
        Case.of("bulk insert with a decimal", new BulkInsert("order", List.of(Map.of("total", new BigDecimal("12.50")))))));
    return groups;
  }
}
