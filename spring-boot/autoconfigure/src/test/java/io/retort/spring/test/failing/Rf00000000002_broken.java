package io.retort.spring.test.failing;

import static io.retort.runtime.api.Columns.column;
import static io.retort.runtime.api.Columns.integer;

import io.retort.runtime.api.Migration;
import io.retort.runtime.api.Operations;
import io.retort.runtime.api.Revision;

@Revision(id = "f00000000002", revises = "f00000000001", message = "Broken revision")
public final class Rf00000000002_broken implements Migration {
  @Override
  public void upgrade(Operations op) {
    op.createTable("labels", column("id", integer()).notNull());
    op.execute("INSERT INTO no_such_table (id) VALUES (1)");
  }

  @Override
  public void downgrade(Operations op) {
    op.dropTable("labels");
  }
}
