package io.retort.runtime.ops;

import io.retort.runtime.api.DataAccess;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;

/**
 * Java code run against the JDBC connection (a data migration). It can only run online; offline
 * ({@code --sql}) it stops the script with an error naming {@code description}, because no script
 * can stand for code.
 */
public record RunJdbc(String description, Work work) implements Operation {

  /** The code of a data migration. */
  @FunctionalInterface
  public interface Work {
    void run(DataAccess db) throws SQLException;
  }

  public RunJdbc {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(work, "work");
  }

  @Override
  public Optional<Operation> reverse() {
    return Optional.empty();
  }

  @Override
  public String describe() {
    return "run " + description;
  }

  /** Two data migrations are the same when they say they do the same thing; code cannot be compared. */
  @Override
  public boolean equals(Object o) {
    return o instanceof RunJdbc other && other.description.equals(description);
  }

  @Override
  public int hashCode() {
    return description.hashCode();
  }

  @Override
  public String toString() {
    return "RunJdbc[description=" + description + "]";
  }
}
