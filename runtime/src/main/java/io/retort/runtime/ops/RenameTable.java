package io.retort.runtime.ops;

import java.util.Optional;

/** Renames a table. */
public record RenameTable(String table, String newName) implements Operation {
  @Override
  public Optional<Operation> reverse() {
    return Optional.of(new RenameTable(newName, table));
  }

  @Override
  public String describe() {
    return "renamed table '" + table + "' to '" + newName + "'";
  }
}
