package io.retort.autogen.scan;

import io.retort.runtime.schema.SchemaModel;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the entities say: the schema they map to, and the renames their
 * {@link io.retort.runtime.api.RenamedFrom} hints declare ({@code "products.title" -> "name"},
 * {@code "old_items" -> "items"}), in the form the comparator takes confirmed renames.
 */
public record EntityModel(SchemaModel schema, Map<String, String> renameHints) {
  public EntityModel {
    renameHints = java.util.Collections.unmodifiableMap(new TreeMap<>(renameHints));
  }
}
