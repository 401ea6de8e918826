package io.retort.autogen.introspect;

import io.retort.runtime.schema.CheckConstraint;
import io.retort.runtime.schema.Column;
import io.retort.runtime.schema.ColumnType;
import io.retort.runtime.schema.ColumnType.Kind;
import io.retort.runtime.schema.ForeignKey;
import io.retort.runtime.schema.Index;
import io.retort.runtime.schema.PrimaryKey;
import io.retort.runtime.schema.ReferentialAction;
import io.retort.runtime.schema.SchemaModel;
import io.retort.runtime.schema.Sequence;
import io.retort.runtime.schema.Table;
import io.retort.runtime.schema.UniqueConstraint;
import io.retort.runtime.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The schema the introspector tests read, written as raw DDL for each database: every portable
 * type, defaults, identity columns, a composite primary key, foreign keys with rules, unique
 * constraints and indexes, check constraints, a sequence, reserved-word and mixed-case names, a
 * view, a table the filter leaves out ({@code legacy_stuff}) and the version table; and the model
 * the introspector must read back, names, defaults and check conditions spelt as each database
 * reports them.
 */
final class ShopSchema {

  private final TestDatabase.Kind kind;

  ShopSchema(TestDatabase.Kind kind) {
    this.kind = kind;
  }

  void create(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements()) {
        statement.execute(sql);
      }
    }
  }

  private List<String> statements() {
    List<String> sql = new ArrayList<>();
    if (kind == TestDatabase.Kind.POSTGRESQL) {
      sql.add("CREATE TYPE rt_status AS ENUM ('NEW', 'DONE')");
    }
    sql.add("CREATE TABLE customers ("
        + " id BIGINT " + identity() + ","
        + " email VARCHAR(200) NOT NULL,"
        + " name VARCHAR(100) DEFAULT 'anon',"
        + " score NUMERIC(10, 2),"
        + " active BOOLEAN DEFAULT TRUE NOT NULL,"
        + " created_at " + timestamp6() + " DEFAULT " + (kind == TestDatabase.Kind.MARIADB ? "CURRENT_TIMESTAMP(6)" : "CURRENT_TIMESTAMP") + ","
        + " CONSTRAINT pk_customers PRIMARY KEY (id),"
        + " CONSTRAINT uq_customers_email UNIQUE (email),"
        + " CONSTRAINT ck_customers_score CHECK (score >= 0))");
    sql.add("CREATE TABLE all_types ("
        + " id INTEGER NOT NULL,"
        + " c_smallint SMALLINT,"
        + " c_integer INTEGER,"
        + " c_bigint BIGINT,"
        + " c_numeric NUMERIC(12, 3),"
        + " c_real " + (kind == TestDatabase.Kind.MARIADB ? "FLOAT" : "REAL") + ","
        + " c_double " + (kind == TestDatabase.Kind.MARIADB ? "DOUBLE" : "DOUBLE PRECISION") + ","
        + " c_boolean BOOLEAN,"
        + " c_string VARCHAR(50),"
        + " c_char CHAR(3),"
        + " c_text " + (kind == TestDatabase.Kind.H2 ? "CHARACTER VARYING" : "TEXT") + ","
        + " c_clob " + switch (kind) {
          case POSTGRESQL -> "TEXT";
          case MARIADB -> "LONGTEXT";
          case H2 -> "CLOB";
        } + ","
        + " c_date DATE,"
        + " c_time TIME,"
        + " c_timestamp " + timestamp6() + ","
        + (kind == TestDatabase.Kind.MARIADB ? "" : " c_timestamp_tz TIMESTAMP(6) WITH TIME ZONE,")
        + " c_uuid UUID,"
        + " c_binary " + (kind == TestDatabase.Kind.POSTGRESQL ? "BYTEA" : "VARBINARY(16)") + ","
        + " c_blob " + switch (kind) {
          case POSTGRESQL -> "BYTEA";
          case MARIADB -> "LONGBLOB";
          case H2 -> "BLOB";
        } + ","
        + " c_json " + (kind == TestDatabase.Kind.POSTGRESQL ? "JSONB" : "JSON") + ","
        + " c_enum " + (kind == TestDatabase.Kind.POSTGRESQL ? "rt_status" : "ENUM('NEW', 'DONE')") + ","
        + " CONSTRAINT pk_all_types PRIMARY KEY (id))");
    sql.add("CREATE TABLE " + q("order") + " ("
        + " id " + (kind == TestDatabase.Kind.POSTGRESQL ? "SERIAL" : "INTEGER " + identity()) + ","
        + " customer_id BIGINT NOT NULL,"
        + " note VARCHAR(200),"
        + " a INTEGER,"
        + " b INTEGER,"
        + " CONSTRAINT pk_order PRIMARY KEY (id),"
        + " CONSTRAINT fk_order_customer FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE,"
        + " CONSTRAINT uq_order_ab UNIQUE (b, a),"
        + " CONSTRAINT ck_order_ab CHECK (a > b))");
    sql.add("CREATE INDEX ix_order_note ON " + q("order") + " (note)");
    sql.add("CREATE UNIQUE INDEX ux_order_note_a ON " + q("order") + " (note, a)");
    sql.add("CREATE TABLE " + q("user") + " ("
        + " login VARCHAR(50) NOT NULL,"
        + " tenant INTEGER NOT NULL,"
        + " customer_id BIGINT,"
        + " CONSTRAINT pk_user PRIMARY KEY (tenant, login),"
        + " CONSTRAINT fk_user_customer FOREIGN KEY (customer_id) REFERENCES customers (id)"
        + " ON DELETE SET NULL ON UPDATE CASCADE)");
    sql.add("CREATE INDEX ix_user_customer ON " + q("user") + " (customer_id)");
    sql.add("CREATE TABLE legacy_stuff (id INTEGER NOT NULL, CONSTRAINT pk_legacy_stuff PRIMARY KEY (id))");
    sql.add("CREATE TABLE order_lines ("
        + " order_id INTEGER NOT NULL,"
        + " line_no INTEGER NOT NULL,"
        + " tenant INTEGER,"
        + " login VARCHAR(50),"
        + " legacy_id INTEGER,"
        + " qty INTEGER DEFAULT 1 NOT NULL,"
        + " CONSTRAINT pk_order_lines PRIMARY KEY (order_id, line_no),"
        + " CONSTRAINT fk_lines_order FOREIGN KEY (order_id) REFERENCES " + q("order") + " (id),"
        + " CONSTRAINT fk_lines_user FOREIGN KEY (tenant, login) REFERENCES " + q("user") + " (tenant, login) ON DELETE NO ACTION,"
        + " CONSTRAINT fk_lines_legacy FOREIGN KEY (legacy_id) REFERENCES legacy_stuff (id))");
    sql.add("CREATE TABLE " + mixed("MixedCase") + " (" + mixed("CamelCol") + " INTEGER)");
    sql.add("CREATE TABLE retort_version (version_num VARCHAR(32) NOT NULL, CONSTRAINT pk_retort_version PRIMARY KEY (version_num))");
    sql.add("CREATE VIEW customer_emails AS SELECT email FROM customers");
    sql.add("CREATE SEQUENCE invoice_seq START WITH 100 INCREMENT BY 5");
    return sql;
  }

  /** The model of {@link #statements()} without {@code legacy_stuff}, the version table and the view. */
  SchemaModel expected() {
    ReferentialAction unspecified = kind == TestDatabase.Kind.MARIADB ? ReferentialAction.RESTRICT : ReferentialAction.NO_ACTION;
    Table customers = new Table(n("customers"),
        List.of(
            new Column(n("id"), ColumnType.of(Kind.BIGINT), false, null, true),
            new Column(n("email"), ColumnType.sized(Kind.STRING, 200), false, null, false),
            new Column(n("name"), ColumnType.sized(Kind.STRING, 100), true, byDatabase("'anon'::character varying", "'anon'", "'anon'"), false),
            new Column(n("score"), ColumnType.numeric(10, 2), true, null, false),
            new Column(n("active"), ColumnType.of(Kind.BOOLEAN), false, byDatabase("true", "1", "TRUE"), false),
            new Column(n("created_at"), ColumnType.withPrecision(Kind.TIMESTAMP, 6), true,
                byDatabase("CURRENT_TIMESTAMP", "current_timestamp(6)", "CURRENT_TIMESTAMP"), false)),
        pk("pk_customers", "id"),
        List.of(),
        List.of(new UniqueConstraint(n("uq_customers_email"), List.of(n("email")))),
        List.of(new CheckConstraint(n("ck_customers_score"),
            byDatabase("((score >= (0)::numeric))", "`score` >= 0", "\"SCORE\" >= CAST(0 AS NUMERIC(1))"))),
        List.of());
    List<Column> types = new ArrayList<>(List.of(
        new Column(n("id"), ColumnType.of(Kind.INTEGER), false, null, false),
        Column.of(n("c_smallint"), ColumnType.of(Kind.SMALLINT)),
        Column.of(n("c_integer"), ColumnType.of(Kind.INTEGER)),
        Column.of(n("c_bigint"), ColumnType.of(Kind.BIGINT)),
        Column.of(n("c_numeric"), ColumnType.numeric(12, 3)),
        Column.of(n("c_real"), ColumnType.of(Kind.REAL)),
        Column.of(n("c_double"), ColumnType.of(Kind.DOUBLE)),
        Column.of(n("c_boolean"), ColumnType.of(Kind.BOOLEAN)),
        Column.of(n("c_string"), ColumnType.sized(Kind.STRING, 50)),
        Column.of(n("c_char"), ColumnType.sized(Kind.CHAR, 3)),
        Column.of(n("c_text"), ColumnType.of(Kind.TEXT)),
        Column.of(n("c_clob"), ColumnType.of(Kind.CLOB)),
        Column.of(n("c_date"), ColumnType.of(Kind.DATE)),
        Column.of(n("c_time"), ColumnType.of(Kind.TIME)),
        Column.of(n("c_timestamp"), ColumnType.withPrecision(Kind.TIMESTAMP, 6))));
    if (kind != TestDatabase.Kind.MARIADB) {
      types.add(Column.of(n("c_timestamp_tz"), ColumnType.withPrecision(Kind.TIMESTAMP_TZ, 6)));
    }
    types.addAll(List.of(
        Column.of(n("c_uuid"), ColumnType.of(Kind.UUID)),
        Column.of(n("c_binary"), ColumnType.sized(Kind.BINARY, 16)),
        Column.of(n("c_blob"), ColumnType.of(Kind.BLOB)),
        Column.of(n("c_json"), ColumnType.of(Kind.JSON)),
        Column.of(n("c_enum"), kind == TestDatabase.Kind.POSTGRESQL
            ? ColumnType.raw("rt_status") : ColumnType.enumeration(List.of("NEW", "DONE")))));
    Table allTypes = Table.of(n("all_types"), types, pk("pk_all_types", "id"));
    Table order = new Table(n("order"),
        List.of(
            new Column(n("id"), ColumnType.of(Kind.INTEGER), false, null, true),
            new Column(n("customer_id"), ColumnType.of(Kind.BIGINT), false, null, false),
            Column.of(n("note"), ColumnType.sized(Kind.STRING, 200)),
            Column.of(n("a"), ColumnType.of(Kind.INTEGER)),
            Column.of(n("b"), ColumnType.of(Kind.INTEGER))),
        pk("pk_order", "id"),
        List.of(new ForeignKey(n("fk_order_customer"), List.of(n("customer_id")), n("customers"), List.of(n("id")),
            ReferentialAction.CASCADE, unspecified)),
        List.of(new UniqueConstraint(n("uq_order_ab"), List.of(n("b"), n("a"))),
            new UniqueConstraint(n("ux_order_note_a"), List.of(n("note"), n("a")))),
        List.of(new CheckConstraint(n("ck_order_ab"), byDatabase("((a > b))", "`a` > `b`", "\"A\" > \"B\""))),
        List.of(new Index(n("ix_order_note"), List.of(n("note")), false)));
    Table user = new Table(n("user"),
        List.of(
            new Column(n("login"), ColumnType.sized(Kind.STRING, 50), false, null, false),
            new Column(n("tenant"), ColumnType.of(Kind.INTEGER), false, null, false),
            Column.of(n("customer_id"), ColumnType.of(Kind.BIGINT))),
        pk("pk_user", "tenant", "login"),
        List.of(new ForeignKey(n("fk_user_customer"), List.of(n("customer_id")), n("customers"), List.of(n("id")),
            ReferentialAction.SET_NULL, ReferentialAction.CASCADE)),
        List.of(),
        List.of(),
        List.of(new Index(n("ix_user_customer"), List.of(n("customer_id")), false)));
    Table orderLines = new Table(n("order_lines"),
        List.of(
            new Column(n("order_id"), ColumnType.of(Kind.INTEGER), false, null, false),
            new Column(n("line_no"), ColumnType.of(Kind.INTEGER), false, null, false),
            Column.of(n("tenant"), ColumnType.of(Kind.INTEGER)),
            Column.of(n("login"), ColumnType.sized(Kind.STRING, 50)),
            Column.of(n("legacy_id"), ColumnType.of(Kind.INTEGER)),
            new Column(n("qty"), ColumnType.of(Kind.INTEGER), false, "1", false)),
        pk("pk_order_lines", "order_id", "line_no"),
        List.of(
            new ForeignKey(n("fk_lines_legacy"), List.of(n("legacy_id")), n("legacy_stuff"), List.of(n("id")),
                unspecified, unspecified),
            new ForeignKey(n("fk_lines_order"), List.of(n("order_id")), n("order"), List.of(n("id")),
                unspecified, unspecified),
            new ForeignKey(n("fk_lines_user"), List.of(n("tenant"), n("login")), n("user"), List.of(n("tenant"), n("login")),
                ReferentialAction.NO_ACTION, unspecified)),
        List.of(),
        List.of(),
        List.of());
    Table mixed = Table.of(mixedName("MixedCase"), List.of(Column.of(mixedName("CamelCol"), ColumnType.of(Kind.INTEGER))), null);
    return SchemaModel.of(List.of(customers, allTypes, order, user, orderLines, mixed),
        List.of(new Sequence(n("invoice_seq"), 100, 5)));
  }

  /** An unquoted name as the model gives it: in lower case, also where H2 stores it in upper case. */
  String n(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  private String mixedName(String name) {
    return kind == TestDatabase.Kind.MARIADB ? name : "\"" + name + "\"";
  }

  /** The primary key: MariaDB names every primary key PRIMARY. */
  private PrimaryKey pk(String name, String... columns) {
    return new PrimaryKey(kind == TestDatabase.Kind.MARIADB ? "PRIMARY" : n(name), List.of(columns).stream().map(this::n).toList());
  }

  private String byDatabase(String postgres, String mariadb, String h2) {
    return switch (kind) {
      case POSTGRESQL -> postgres;
      case MARIADB -> mariadb;
      case H2 -> h2;
    };
  }

  /** A reserved word, quoted as a Retort dialect quotes it: folded as the database folds unquoted names. */
  String q(String name) {
    return switch (kind) {
      case POSTGRESQL -> "\"" + name + "\"";
      case MARIADB -> "`" + name + "`";
      case H2 -> "\"" + name.toUpperCase(Locale.ROOT) + "\"";
    };
  }

  /** A name kept in its case. */
  private String mixed(String name) {
    return kind == TestDatabase.Kind.MARIADB ? "`" + name + "`" : "\"" + name + "\"";
  }

  private String identity() {
    return kind == TestDatabase.Kind.MARIADB ? "NOT NULL AUTO_INCREMENT" : "GENERATED BY DEFAULT AS IDENTITY";
  }

  private String timestamp6() {
    return kind == TestDatabase.Kind.MARIADB ? "DATETIME(6)" : "TIMESTAMP(6)";
  }
}
