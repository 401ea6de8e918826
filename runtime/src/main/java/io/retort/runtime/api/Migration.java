package io.retort.runtime.api;

/**
 * A revision's code. The class also carries {@link Revision}, which places it in the graph.
 * {@code upgrade} and {@code downgrade} describe changes through {@code op}; they never talk to the
 * database directly except through {@link Operations#run} for data migrations.
 */
public interface Migration {
  void upgrade(Operations op);

  void downgrade(Operations op);

  /**
   * Whether this revision may run inside a transaction (Flyway's {@code canExecuteInTransaction}).
   * Return false for statements such as PostgreSQL's {@code CREATE INDEX CONCURRENTLY}.
   */
  default boolean transactional() {
    return true;
  }
}
