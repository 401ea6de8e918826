package io.retort.runtime.ops;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Inserts rows into a table; each row maps column names to values, in the order given. */
public record BulkInsert(String table, List<Map<String, Object>> rows) implements Operation {
  public BulkInsert {
    Objects.requireNonNull(table, "table");
    List<Map<String, Object>> copy = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      copy.add(Collections.unmodifiableMap(new LinkedHashMap<>(row)));
    }
    rows = Collections.unmodifiableList(copy);
  }

  @Override
  public Optional<Operation> reverse() {
    return Optional.empty();
  }

  @Override
  public String describe() {
    return "insert " + rows.size() + " row(s) into '" + table + "'";
  }
}
