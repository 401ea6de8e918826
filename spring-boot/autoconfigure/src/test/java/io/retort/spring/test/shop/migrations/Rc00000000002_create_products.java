package io.retort.spring.test.shop.migrations;

import static io.retort.runtime.api.Columns.bigInteger;
import static io.retort.runtime.api.Columns.column;
import static io.retort.runtime.api.Columns.foreignKey;
import static io.retort.runtime.api.Columns.numeric;
import static io.retort.runtime.api.Columns.primaryKey;
import static io.retort.runtime.api.Columns.string;
import static io.retort.runtime.api.Columns.timestamp;

import io.retort.runtime.api.Migration;
import io.retort.runtime.api.Operations;
import io.retort.runtime.api.Revision;

@Revision(id = "c00000000002", revises = "c00000000001", message = "Create products", createDate = "2026-12-07 10:05:00")
public final class Rc00000000002_create_products implements Migration {
  @Override
  public void upgrade(Operations op) {
    op.createTable("products",
        column("id", bigInteger()).identity(),
        column("name", string(200)).notNull(),
        column("price", numeric(10, 2)).notNull(),
        column("category_id", bigInteger()).notNull(),
        column("created_at", timestamp()).notNull(),
        primaryKey("id"),
        foreignKey("category_id").references("categories", "id").named("fk_products_category"));
  }

  @Override
  public void downgrade(Operations op) {
    op.dropTable("products");
  }
}
