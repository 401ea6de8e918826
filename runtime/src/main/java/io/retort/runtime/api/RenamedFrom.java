package io.retort.runtime.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rename hint for autogenerate, next to what was renamed, so a rename is never a drop and an add
 * (Atlas's {@code renamed_from}). On an entity field, {@code value} is the column's old name; on an
 * entity class, the table's old name:
 * <pre>{@code
 * @RenamedFrom("title")
 * @Column(name = "name", length = 200, nullable = false)
 * private String name;
 * }</pre>
 * Autogenerate then writes one {@code alterColumn(... rename ...)} (or {@code renameTable}), and
 * the data stays. The hint may stay after its revision is applied: once the old name is gone it
 * matches nothing and is ignored.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.TYPE})
public @interface RenamedFrom {
  /** The old column name (on a field or getter) or the old table name (on an entity class). */
  String value();
}
