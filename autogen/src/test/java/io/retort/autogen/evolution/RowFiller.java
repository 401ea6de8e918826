package io.retort.autogen.evolution;

import io.retort.autogen.evolution.Model.Entity;
import io.retort.autogen.evolution.Model.Field;
import io.retort.autogen.evolution.Model.Inheritance;
import io.retort.runtime.schema.Column;
import io.retort.runtime.schema.ColumnType;
import io.retort.runtime.schema.ForeignKey;
import io.retort.runtime.schema.Names;
import io.retort.runtime.schema.SchemaModel;
import io.retort.runtime.schema.Table;
import io.retort.runtime.testing.TestDatabase;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Inserts rows with plain JDBC into every table of a schema: seeded values of each column's type,
 * distinct from row to row (so unique constraints hold), foreign keys pointing at rows that exist,
 * enum columns and discriminators holding values the entities accept. A row the database refuses
 * (a pair a join table already holds) is left out; the caller checks that rows were written.
 */
final class RowFiller {
  private final TestDatabase db;
  private final Random random;
  private long counter = 1000;
  private int inserted;
  private final List<String> refused = new ArrayList<>();

  RowFiller(TestDatabase db, long seed) {
    this.db = db;
    this.random = new Random(seed * 31 + 7);
  }

  int inserted() {
    return inserted;
  }

  /** Why rows were left out: one line per refused row. */
  List<String> refused() {
    return refused;
  }

  /** Adds up to {@code rows} rows to each table of {@code schema}, parents before children. */
  void fill(SchemaModel schema, Model model, int rows) throws SQLException {
    Map<String, List<String>> enumValues = enumValues(model);
    try (Connection connection = db.connect()) {
      for (Table table : ordered(schema)) {
        for (int i = 0; i < rows; i++) {
          insert(connection, table, enumValues);
        }
      }
    }
  }

  /**
   * Gives every NULL of {@code table.column} a value of its own (what a person does before making it NOT NULL): one the
   * entities of {@code model} accept, so an enum column gets one of its constants (seed 29 on PostgreSQL wrote 'v1024'
   * into an enum column here, which its check refused).
   */
  void backfill(SchemaModel schema, Model model, String tableDotColumn) throws SQLException {
    String tableName = tableDotColumn.substring(0, tableDotColumn.indexOf('.'));
    String columnName = tableDotColumn.substring(tableDotColumn.indexOf('.') + 1);
    Table table = schema.table(tableName).orElseThrow();
    Column column = table.column(columnName).orElseThrow();
    String pk = table.primaryKey().columns().get(0);
    List<String> allowed = enumValues(model).getOrDefault(Names.key(table.name()) + "." + Names.key(column.name()), List.of());
    try (Connection connection = db.connect()) {
      List<Object> ids = new ArrayList<>();
      try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
          "SELECT " + pk + " FROM " + table.name() + " WHERE " + column.name() + " IS NULL")) {
        while (rs.next()) {
          ids.add(rs.getObject(1));
        }
      }
      for (Object id : ids) {
        try (PreparedStatement update = connection.prepareStatement(
            "UPDATE " + table.name() + " SET " + column.name() + " = ? WHERE " + pk + " = ?")) {
          update.setObject(1, value(column.type(), counter++, allowed));
          update.setObject(2, id);
          update.executeUpdate();
        }
      }
    }
  }

  private void insert(Connection connection, Table table, Map<String, List<String>> enumValues) throws SQLException {
    long n = counter++;
    List<String> names = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    for (Column column : table.columns()) {
      Optional<ForeignKey> fk = table.foreignKeys().stream()
          .filter(k -> k.columns().size() == 1 && Names.same(k.columns().get(0), column.name())).findFirst();
      Object value;
      if (fk.isPresent()) {
        List<Object> candidates = existing(connection, fk.get().referencedTable(), fk.get().referencedColumns().get(0));
        if (candidates.isEmpty()) {
          if (!column.isNullable()) {
            return;
          }
          value = null;
        } else {
          value = candidates.get(random.nextInt(candidates.size()));
        }
      } else if (Names.same(column.name(), "dtype")) {
        value = enumValues.getOrDefault(Names.key(table.name()) + ".dtype", List.of("X")).get(0);
      } else {
        value = value(column.type(), n, enumValues.getOrDefault(Names.key(table.name()) + "." + Names.key(column.name()), List.of()));
      }
      names.add(column.name());
      values.add(value);
    }
    String sql = "INSERT INTO " + table.name() + " (" + String.join(", ", names) + ") VALUES ("
        + String.join(", ", names.stream().map(x -> "?").toList()) + ")";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.size(); i++) {
        statement.setObject(i + 1, values.get(i));
      }
      statement.executeUpdate();
      inserted++;
    } catch (SQLException e) {
      // a duplicate pair in a join table or an id a JOINED subclass row already took: leave the row out
      refused.add(table.name() + ": " + e.getMessage());
    }
  }

  private static List<Object> existing(Connection connection, String table, String column) throws SQLException {
    List<Object> values = new ArrayList<>();
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT " + column + " FROM " + table)) {
      while (rs.next()) {
        values.add(rs.getObject(1));
      }
    }
    return values;
  }

  /** A value of {@code type} made from {@code n}: distinct for distinct {@code n} wherever the type allows. */
  static Object value(ColumnType type, long n, List<String> allowed) {
    if (!allowed.isEmpty()) {
      return allowed.get((int) (n % allowed.size()));
    }
    return switch (type.kind()) {
      case SMALLINT -> (short) (n % 30000);
      case INTEGER -> (int) n;
      case BIGINT -> n;
      case NUMERIC -> {
        int scale = type.scale() == null ? 0 : type.scale();
        yield BigDecimal.valueOf(n).add(scale > 0 ? new BigDecimal("0.25") : BigDecimal.ZERO).setScale(scale);
      }
      case REAL, DOUBLE -> n + 0.5;
      case BOOLEAN -> n % 2 == 0;
      case STRING, CHAR, TEXT, CLOB -> {
        String s = "v" + n;
        yield type.length() != null && type.length() < s.length() ? s.substring(s.length() - type.length()) : s;
      }
      case DATE -> LocalDate.of(2020, 1, 1).plusDays(n);
      case TIME -> LocalTime.ofSecondOfDay(n % 86400);
      case TIMESTAMP -> LocalDateTime.of(2020, 1, 1, 0, 0).plusMinutes(n);
      case TIMESTAMP_TZ -> OffsetDateTime.of(2020, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).plusMinutes(n);
      case UUID -> new UUID(0x1234L, n);
      case BINARY, BLOB -> ("b" + n).getBytes(StandardCharsets.US_ASCII);
      case ENUM -> type.values().get((int) (n % type.values().size()));
      case RAW -> {
        // the types Hibernate spells itself: varchar(32600) and longtext for long strings, longblob...
        String raw = type.raw().toLowerCase(java.util.Locale.ROOT);
        yield raw.contains("char") || raw.contains("text") || raw.contains("clob") ? "v" + n
            : raw.contains("binary") || raw.contains("blob") || raw.contains("bytea") ? ("b" + n).getBytes(StandardCharsets.US_ASCII) : null;
      }
      case JSON -> null;
    };
  }

  /** Allowed values per {@code table.column}: the enum fields' constants, and the discriminator of SINGLE_TABLE roots. */
  private static Map<String, List<String>> enumValues(Model model) {
    Map<String, List<String>> values = new HashMap<>();
    for (Entity entity : model.entities()) {
      if (entity.isRoot() && entity.inheritance() == Inheritance.SINGLE_TABLE) {
        values.put(entity.table() + ".dtype", List.of(entity.name()));
      }
      for (Field field : entity.fields()) {
        if (field.kind() == Model.Kind.ENUM) {
          values.put(model.tableOf(entity) + "." + field.column(), model.enumType(field.target()).orElseThrow().values());
        }
      }
    }
    return values;
  }

  /** Tables ordered so that a referenced table comes before the tables referring to it (cycles: as they come). */
  private static List<Table> ordered(SchemaModel schema) {
    Set<String> done = new LinkedHashSet<>();
    List<Table> order = new ArrayList<>();
    List<Table> left = new ArrayList<>(schema.tables().values());
    while (!left.isEmpty()) {
      Table ready = left.stream().filter(t -> t.foreignKeys().stream().allMatch(fk -> Names.same(fk.referencedTable(), t.name())
          || done.contains(Names.key(fk.referencedTable())) || schema.table(fk.referencedTable()).isEmpty())).findFirst().orElse(left.get(0));
      left.remove(ready);
      done.add(Names.key(ready.name()));
      order.add(ready);
    }
    return order;
  }
}
