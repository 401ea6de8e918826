package io.retort.autogen.compare;

import io.retort.runtime.schema.Names;
import io.retort.runtime.schema.PrimaryKey;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** Small helpers the element comparators share: column keys and a deterministic order. */
final class Elements {
  private Elements() {
  }

  /** Column names as compared, in order. */
  static List<String> keys(List<String> columns) {
    return columns.stream().map(Names::key).toList();
  }

  /** Column names as compared, as a set (for constraints whose column order does not matter). */
  static Set<String> keySet(List<String> columns) {
    return new TreeSet<>(keys(columns));
  }

  static Set<String> primaryKeyColumns(PrimaryKey pk) {
    return pk == null ? Set.of() : keySet(pk.columns());
  }

  /** Orders elements by name (unnamed last), then by a description of their content. */
  static <T> Comparator<T> byName(Function<T, String> name, Function<T, String> content) {
    return Comparator.comparing((T t) -> name.apply(t) == null ? "\uffff" : Names.key(name.apply(t)))
        .thenComparing(content);
  }

  static <T> List<T> sorted(List<T> elements, Function<T, String> name, Function<T, String> content) {
    return elements.stream().sorted(byName(name, content)).toList();
  }
}
