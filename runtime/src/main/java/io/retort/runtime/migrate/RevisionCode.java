package io.retort.runtime.migrate;

import io.retort.runtime.RetortException;
import io.retort.runtime.api.Migration;
import io.retort.runtime.api.NamingConvention;
import io.retort.runtime.api.Operations;
import io.retort.runtime.graph.RevisionInfo;
import io.retort.runtime.ops.Operation;
import java.util.ArrayList;
import java.util.List;

/** Loads a revision's class and records the operations its {@code upgrade()} or {@code downgrade()} asks for. */
public final class RevisionCode {
  private final ClassLoader loader;
  private final NamingConvention naming;

  public RevisionCode(ClassLoader loader, NamingConvention naming) {
    this.loader = loader;
    this.naming = naming;
  }

  public Migration instantiate(RevisionInfo revision) {
    try {
      Class<?> type = Class.forName(revision.className(), true, loader);
      return (Migration) type.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException | LinkageError e) {
      throw new RetortException("Cannot load revision " + revision.id() + " (" + revision.className() + "): " + e
          + "; it needs a public no-argument constructor and must be compiled", e);
    }
  }

  /** The operations one direction of a revision records, without touching any database. */
  public List<Operation> record(RevisionInfo revision, Migration migration, Direction direction) {
    List<Operation> operations = new ArrayList<>();
    Operations op = new Operations(operations::add, naming);
    try {
      if (direction == Direction.UPGRADE) {
        migration.upgrade(op);
      } else {
        migration.downgrade(op);
      }
    } catch (RuntimeException e) {
      throw new RetortException("Revision " + revision.id() + " (" + revision.className() + ") failed while describing its "
          + direction.name().toLowerCase() + ": " + e.getMessage(), e);
    }
    return operations;
  }

  public String checksum(RevisionInfo revision) {
    return Checksums.of(record(revision, instantiate(revision), Direction.UPGRADE));
  }
}
