package io.retort.runtime.ops;

import io.retort.runtime.schema.Index;
import java.util.Optional;

/** Creates an index (unique or not) on a table. */
public record CreateIndex(String table, Index index) implements Operation {
  @Override
  public Optional<Operation> reverse() {
    return Optional.of(new DropIndex(table, index.name(), index));
  }

  @Override
  public String describe() {
    return "added " + (index.unique() ? "unique " : "") + "index '" + index.name() + "' on '" + table + "' " + index.columns();
  }
}
