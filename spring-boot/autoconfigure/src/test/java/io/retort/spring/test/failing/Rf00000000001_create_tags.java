package io.retort.spring.test.failing;

import static io.retort.runtime.api.Columns.column;
import static io.retort.runtime.api.Columns.integer;
import static io.retort.runtime.api.Columns.primaryKey;
import static io.retort.runtime.api.Columns.string;

import io.retort.runtime.api.Migration;
import io.retort.runtime.api.Operations;
import io.retort.runtime.api.Revision;

@Revision(id = "f00000000001", message = "Create tags")
public final class Rf00000000001_create_tags implements Migration {
  @Override
  public void upgrade(Operations op) {
    op.createTable("tags", column("id", integer()).notNull(), column("name", string(50)).notNull(), primaryKey("id"));
  }

  @Override
  public void downgrade(Operations op) {
    op.dropTable("tags");
  }
}
