package io.retort.runtime.api;

import io.retort.runtime.ops.Operation;

/** Where {@link Operations} sends what a revision asks for: a database, an SQL script, or a list. */
@FunctionalInterface
public interface OperationSink {
  void accept(Operation operation);
}
