package io.retort.runtime.ops;

import io.retort.runtime.schema.Column;
import io.retort.runtime.schema.ColumnType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Changes one column: its type, nullability, server default and/or name. A {@code null} change
 * leaves that aspect as it is. {@code existing} is the column as it is before the change (Alembic's
 * {@code existing_type}, {@code existing_nullable}, {@code existing_server_default}): MariaDB needs
 * it to restate the column, and the reverse is computed from it.
 *
 * @param table table name
 * @param column the column's current name
 * @param type new type, or null
 * @param nullable new nullability, or null
 * @param serverDefault new server default, or null for no change
 * @param newName new name, or null
 * @param existing the column before the change, or null when unknown
 */
public record AlterColumn(String table, String column, ColumnType type, Boolean nullable, DefaultChange serverDefault,
    String newName, Column existing) implements Operation {

  /** A change of server default; {@code value} null drops it. */
  public record DefaultChange(String value) {
  }

  public AlterColumn {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
  }

  /** The column as it will be after the change, when the existing definition is known. */
  public Optional<Column> after() {
    if (existing == null) {
      return Optional.empty();
    }
    Column c = existing;
    if (type != null) {
      c = c.withType(type);
    }
    if (nullable != null) {
      c = c.nullable(nullable);
    }
    if (serverDefault != null) {
      c = c.serverDefault(serverDefault.value());
    }
    if (newName != null) {
      c = c.withName(newName);
    }
    return Optional.of(c);
  }

  @Override
  public Optional<Operation> reverse() {
    if (existing == null) {
      return Optional.empty();
    }
    Column after = after().orElseThrow();
    return Optional.of(new AlterColumn(table, after.name(),
        type == null ? null : existing.type(),
        nullable == null ? null : existing.isNullable(),
        serverDefault == null ? null : new DefaultChange(existing.serverDefault()),
        newName == null ? null : existing.name(),
        after));
  }

  @Override
  public String describe() {
    List<String> what = new ArrayList<>();
    if (type != null) {
      what.add("type " + (existing == null ? "" : existing.type().describe() + " -> ") + type.describe());
    }
    if (nullable != null) {
      what.add(nullable ? "now nullable" : "now NOT NULL");
    }
    if (serverDefault != null) {
      what.add(serverDefault.value() == null ? "server default removed" : "server default " + serverDefault.value());
    }
    if (newName != null) {
      what.add("renamed to '" + newName + "'");
    }
    return "altered column '" + table + "." + column + "': " + String.join(", ", what);
  }
}
