package io.retort.runtime.dialect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** One SQL statement with {@code ?} parameters (usually none for DDL). */
public record SqlStatement(String sql, List<Object> parameters) {
  public SqlStatement {
    Objects.requireNonNull(sql, "sql");
    parameters = Collections.unmodifiableList(new ArrayList<>(parameters));
  }

  public static SqlStatement of(String sql) {
    return new SqlStatement(sql, List.of());
  }
}
