package com.example.shop.migrations;

import static io.retort.runtime.api.Columns.column;
import static io.retort.runtime.api.Columns.string;

import io.retort.runtime.api.Migration;
import io.retort.runtime.api.Operations;
import io.retort.runtime.api.Revision;

/**
 * Add product slug
 *
 * Revision ID: de297dd12206
 * Revises: 721be29cdcde
 * Create Date: 2026-11-26 06:19:25
 */
@Revision(
    id = "de297dd12206",
    revises = "721be29cdcde",
    message = "Add product slug",
    createDate = "2026-11-26 06:19:25"
)
public final class Rde297dd12206_add_product_slug implements Migration {
  @Override
  public void upgrade(Operations op) {
    // Reviewed: a NOT NULL column cannot be added to a table that has rows, so the column is
    // added nullable, filled from the name (with bind parameters, never string formatting),
    // and only then made NOT NULL.
    op.addColumn("products", column("slug", string(200)).nullable());
    op.execute("UPDATE products SET slug = LOWER(REPLACE(name, ?, ?))", " ", "-");
    op.alterColumn("products", "slug", c -> c.nullable(false).existingType(string(200)));
  }

  @Override
  public void downgrade(Operations op) {
    op.dropColumn("products", column("slug", string(200)).notNull());
  }
}
