package io.retort.spring.test.shop.migrations;

import static io.retort.runtime.api.Columns.bigInteger;
import static io.retort.runtime.api.Columns.column;
import static io.retort.runtime.api.Columns.primaryKey;
import static io.retort.runtime.api.Columns.string;
import static io.retort.runtime.api.Columns.unique;

import io.retort.runtime.api.Migration;
import io.retort.runtime.api.Operations;
import io.retort.runtime.api.Revision;

@Revision(id = "c00000000001", message = "Create categories", createDate = "2026-12-07 10:00:00")
public final class Rc00000000001_create_categories implements Migration {
  @Override
  public void upgrade(Operations op) {
    op.createTable("categories",
        column("id", bigInteger()).identity(),
        column("name", string(100)).notNull(),
        primaryKey("id"),
        unique("name").named("uq_categories_name"));
    op.execute("INSERT INTO categories (name) VALUES ('Shirts')");
  }

  @Override
  public void downgrade(Operations op) {
    op.dropTable("categories");
  }
}
