package io.retort.autogen.introspect;

import io.retort.autogen.introspect.CatalogExtras.ColumnRef;
import io.retort.runtime.dialect.Dialect;
import io.retort.runtime.schema.Column;
import io.retort.runtime.schema.ColumnType;
import java.util.Locale;

/**
 * Maps SchemaCrawler's column to the model's: the type through the dialect's native-type parser
 * (or from {@link CatalogExtras} where the type name does not tell), nullability, identity, and the
 * default as the database reports it, except where it means "no default": MariaDB's and H2's
 * {@code NULL}, and the {@code nextval(..)} of a PostgreSQL serial column, which is its identity.
 */
final class ColumnMapper {

  private final Dialect dialect;
  private final IdentifierStyle style;
  private final CatalogExtras extras;

  ColumnMapper(Dialect dialect, IdentifierStyle style, CatalogExtras extras) {
    this.dialect = dialect;
    this.style = style;
    this.extras = extras;
  }

  Column column(schemacrawler.schema.Column column) {
    boolean identity = column.isAutoIncremented();
    return new Column(style.modelName(column.getName()), type(column), column.isNullable(),
        serverDefault(column.getDefaultValue(), identity), identity);
  }

  private ColumnType type(schemacrawler.schema.Column column) {
    ColumnType known = extras.columnTypes().get(new ColumnRef(column.getParent().getName(), column.getName()));
    if (known != null) {
      return known;
    }
    return dialect.fromNative(column.getColumnDataType().getName(), column.getSize(), column.getDecimalDigits());
  }

  static String serverDefault(String reported, boolean identity) {
    if (reported == null) {
      return null;
    }
    String value = reported.trim();
    if (value.isEmpty() || value.equalsIgnoreCase("NULL")) {
      return null;
    }
    if (identity && value.toLowerCase(Locale.ROOT).startsWith("nextval(")) {
      return null;
    }
    return reported;
  }
}
