package io.retort.runtime.ops;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs one SQL statement with {@code ?} bind parameters. Online the parameters are bound through
 * JDBC; offline ({@code --sql}) they are rendered as literals by the dialect.
 */
public record Execute(String sql, List<Object> parameters) implements Operation {
  public Execute {
    Objects.requireNonNull(sql, "sql");
    parameters = Collections.unmodifiableList(new ArrayList<>(parameters)); // nulls are legitimate parameters
  }

  @Override
  public Optional<Operation> reverse() {
    return Optional.empty();
  }

  @Override
  public String describe() {
    return "execute " + sql + (parameters.isEmpty() ? "" : " " + parameters);
  }
}
