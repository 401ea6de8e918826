package io.retort.autogen.flyway;

import io.retort.runtime.RetortException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What Flyway's history table ({@code flyway_schema_history}) says the database is at, read on the
 * connection's own schema, where Flyway keeps it by default. Its rows are replayed in
 * {@code installed_rank} order: a successful versioned migration (or a baseline) is applied, a
 * successful undo or a {@code DELETE} marker takes its version back, and a row with
 * {@code success = false} is a failed migration Flyway will not go past until it is repaired.
 *
 * @param table the table's name as written in the config
 * @param exists whether the table exists (Flyway creates it on its first migrate)
 * @param applied the versions applied, in order
 * @param baseline the baseline version, when Flyway was baselined (files at or below it are not run)
 * @param failed the versions (or, for a repeatable migration, the scripts) recorded as failed
 */
public record FlywayHistory(String table, boolean exists, Set<FlywayVersion> applied, Optional<FlywayVersion> baseline,
    List<String> failed) {

  public FlywayHistory {
    applied = Collections.unmodifiableSet(new TreeSet<>(applied));
    failed = List.copyOf(failed);
  }

  /** Reads the table {@code table} on the connection's schema; a table that does not exist is an empty history. */
  public static FlywayHistory read(Connection connection, String table) throws SQLException {
    Optional<String> stored = storedName(connection, table);
    if (stored.isEmpty()) {
      return new FlywayHistory(table, false, Set.of(), Optional.empty(), List.of());
    }
    String quote = connection.getMetaData().getIdentifierQuoteString().trim();
    Set<FlywayVersion> applied = new TreeSet<>();
    FlywayVersion baseline = null;
    List<String> failed = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT * FROM " + quote + stored.get() + quote)) {
      Map<String, Integer> columns = columns(rs.getMetaData());
      List<Row> rows = new ArrayList<>();
      while (rs.next()) {
        rows.add(new Row(rs.getLong(column(columns, "installed_rank", table)), rs.getString(column(columns, "version", table)),
            rs.getString(column(columns, "type", table)), rs.getString(column(columns, "script", table)),
            rs.getBoolean(column(columns, "success", table))));
      }
      rows.sort(Comparator.comparingLong(Row::rank));
      for (Row row : rows) {
        String type = row.type() == null ? "" : row.type().toUpperCase(Locale.ROOT);
        FlywayVersion version = row.version() == null || !FlywayVersion.isVersion(row.version().trim()) ? null
            : FlywayVersion.parse(row.version().trim());
        if (!row.success()) {
          failed.add(version != null ? version.toString() : String.valueOf(row.script()));
        } else if (version == null) {
          continue; // repeatable migrations, the table's own creation marker
        } else if (type.startsWith("UNDO") || type.equals("DELETE")) {
          applied.remove(version);
        } else if (type.equals("BASELINE")) {
          baseline = version;
          applied.add(version);
        } else {
          applied.add(version);
        }
      }
    }
    return new FlywayHistory(table, true, applied, Optional.ofNullable(baseline), failed);
  }

  private record Row(long rank, String version, String type, String script, boolean success) {
  }

  private static Optional<String> storedName(Connection connection, String table) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    Set<String> candidates = new LinkedHashSet<>(List.of(table, table.toLowerCase(Locale.ROOT), table.toUpperCase(Locale.ROOT)));
    for (String candidate : candidates) {
      try (ResultSet rs = meta.getTables(connection.getCatalog(), connection.getSchema(), candidate, new String[] {"TABLE"})) {
        while (rs.next()) {
          String name = rs.getString("TABLE_NAME");
          if (name.equalsIgnoreCase(table)) {
            return Optional.of(name);
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Map<String, Integer> columns(ResultSetMetaData meta) throws SQLException {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      columns.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), i);
    }
    return columns;
  }

  private static int column(Map<String, Integer> columns, String name, String table) {
    Integer index = columns.get(name);
    if (index == null) {
      throw new RetortException("The table " + table + " has no column " + name + ", so it is not Flyway's history table; "
          + "set flyway_table in the config to the table Flyway uses (its 'table' setting)");
    }
    return index;
  }

  private static String locations(FlywayMigrations migrations) {
    return String.join(", ", migrations.locations().stream().map(String::valueOf).toList());
  }

  /** The highest version applied, if any. */
  public Optional<FlywayVersion> highestApplied() {
    return applied.stream().max(Comparator.naturalOrder());
  }

  /** Where the database is, for messages: {@code version 2}, or {@code no migration applied}. */
  public String describe() {
    if (!exists) {
      return "no Flyway history (no table " + table + ")";
    }
    return highestApplied().map(v -> "version " + v).orElse("no migration applied");
  }

  /**
   * The versioned migration files Flyway would still run: above the highest applied version
   * (Flyway's pending), or below it and never applied (which Flyway refuses as "resolved migration
   * not applied" unless it migrates out of order), and not at or below a baseline.
   */
  public List<FlywayMigrations.File> notApplied(FlywayMigrations migrations) {
    List<FlywayMigrations.File> pending = new ArrayList<>();
    for (FlywayMigrations.File file : migrations.versioned()) {
      if (baseline.isPresent() && file.version().compareTo(baseline.get()) <= 0) {
        continue;
      }
      if (!applied.contains(file.version())) {
        pending.add(file);
      }
    }
    return pending;
  }

  /**
   * Refuses, as "Target database is not up to date", when Flyway has recorded a failed migration or
   * has migrations in the location still to run: a migration generated against an older schema would
   * repeat what they do.
   */
  public void requireUpToDate(FlywayMigrations migrations) {
    if (!failed.isEmpty()) {
      throw new RetortException("Target database is not up to date: Flyway's history table " + table + " records the failed "
          + "migration " + String.join(", ", failed) + "; fix it, run 'flyway repair', then 'flyway migrate' first");
    }
    List<FlywayMigrations.File> pending = notApplied(migrations);
    if (pending.isEmpty()) {
      return;
    }
    Optional<FlywayVersion> highest = highestApplied();
    List<String> names = pending.stream().map(FlywayMigrations.File::name).toList();
    boolean outOfOrder = highest.isPresent() && pending.stream().anyMatch(f -> f.version().compareTo(highest.get()) < 0);
    throw new RetortException("Target database is not up to date: it is at " + describe() + ", and Flyway has "
        + (pending.size() == 1 ? "a migration" : pending.size() + " migrations") + " in " + locations(migrations)
        + " still to apply (" + String.join(", ", names) + ")" + (outOfOrder ? ", some below the applied version" : "")
        + "; run 'flyway migrate' (or start the application) first");
  }
}
