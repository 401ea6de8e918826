package io.retort.autogen.scan;

import io.retort.runtime.api.RenamedFrom;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.boot.Metadata;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.Selectable;

/**
 * Reads {@link RenamedFrom} hints off the mapped entities, in the form the comparator takes
 * confirmed renames: {@code "products.title" -> "name"} for a column (the table by its new name),
 * {@code "old_items" -> "items"} for a table.
 */
final class RenameHints {
  private RenameHints() {
  }

  static Map<String, String> of(Metadata metadata, SqlNames names) {
    Map<String, String> hints = new TreeMap<>();
    for (PersistentClass entity : metadata.getEntityBindings()) {
      Class<?> type = entity.getMappedClass();
      if (type == null) {
        continue;
      }
      String table = names.table(entity.getTable());
      RenamedFrom tableHint = type.getAnnotation(RenamedFrom.class);
      if (tableHint != null) {
        hints.put(tableHint.value(), table);
      }
      List<Property> properties = new java.util.ArrayList<>(entity.getProperties());
      if (entity.getIdentifierProperty() != null) {
        properties.add(entity.getIdentifierProperty());
      }
      for (Property property : properties) {
        RenamedFrom hint = hint(type, property.getName());
        if (hint == null) {
          continue;
        }
        List<Selectable> selectables = property.getSelectables();
        if (selectables.size() == 1 && selectables.get(0) instanceof org.hibernate.mapping.Column column) {
          hints.put(table + "." + hint.value(), SqlNames.column(column));
        }
      }
    }
    return hints;
  }

  /** The hint on the field or getter of a property, looking up the class hierarchy. */
  private static RenamedFrom hint(Class<?> type, String property) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (AnnotatedElement element : members(c, property)) {
        RenamedFrom hint = element.getAnnotation(RenamedFrom.class);
        if (hint != null) {
          return hint;
        }
      }
    }
    return null;
  }

  private static List<AnnotatedElement> members(Class<?> c, String property) {
    List<AnnotatedElement> members = new java.util.ArrayList<>();
    try {
      members.add(c.getDeclaredField(property));
    } catch (NoSuchFieldException e) {
      // a property without a field of its name: only its getter can carry the hint
    }
    String capitalized = property.substring(0, 1).toUpperCase(Locale.ROOT) + property.substring(1);
    for (String getter : List.of("get" + capitalized, "is" + capitalized)) {
      try {
        Method method = c.getDeclaredMethod(getter);
        members.add(method);
      } catch (NoSuchMethodException e) {
        // no such getter
      }
    }
    return members;
  }
}
