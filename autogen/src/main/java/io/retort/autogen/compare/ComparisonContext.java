package io.retort.autogen.compare;

import io.retort.runtime.api.NamingConvention;
import io.retort.runtime.dialect.Dialect;
import io.retort.runtime.schema.CheckConstraint;
import io.retort.runtime.schema.ForeignKey;
import io.retort.runtime.schema.Index;
import io.retort.runtime.schema.ReferentialAction;
import io.retort.runtime.schema.UniqueConstraint;
import java.util.Locale;
import java.util.Objects;

/** What every concern of one comparison shares: the dialect, the options, and naming of unnamed elements. */
final class ComparisonContext {
  private final Dialect dialect;
  private final ComparisonOptions options;

  ComparisonContext(Dialect dialect, ComparisonOptions options) {
    this.dialect = Objects.requireNonNull(dialect, "dialect");
    this.options = Objects.requireNonNull(options, "options");
  }

  Dialect dialect() {
    return dialect;
  }

  ComparisonOptions options() {
    return options;
  }

  /** {@code h2}, {@code postgresql} or {@code mariadb}. */
  String dialectName() {
    return dialect.name().toLowerCase(Locale.ROOT);
  }

  boolean isMariaDb() {
    String name = dialectName();
    return name.equals("mariadb") || name.equals("mysql");
  }

  /** Whether the database creates an index for each foreign key by itself (MariaDB, H2). */
  boolean createsForeignKeyIndexes() {
    return isMariaDb() || isH2();
  }

  private boolean isH2() {
    return dialectName().equals("h2");
  }

  /**
   * Referential actions as the database reports them back. MariaDB and H2 report RESTRICT for a
   * foreign key declared without a rule (Hibernate leaves it null, the model makes it NO ACTION), and
   * both behave the same there, so the two are one. PostgreSQL reports NO ACTION and distinguishes them.
   */
  ReferentialAction action(ReferentialAction action) {
    ReferentialAction a = action == null ? ReferentialAction.NO_ACTION : action;
    if (a == ReferentialAction.RESTRICT && (isMariaDb() || isH2())) {
      return ReferentialAction.NO_ACTION;
    }
    return a;
  }

  private NamingConvention naming() {
    return options.namingConvention();
  }

  Index named(String table, Index index) {
    return index.name() != null ? index : index.named(naming().indexName(table, index.columns()));
  }

  UniqueConstraint named(String table, UniqueConstraint unique) {
    return unique.name() != null ? unique : unique.named(naming().uniqueName(table, unique.columns()));
  }

  CheckConstraint named(String table, CheckConstraint check) {
    return check.name() != null ? check : check.named(naming().checkName(table, check.condition()));
  }

  ForeignKey named(String table, ForeignKey fk) {
    return fk.name() != null ? fk : fk.named(naming().foreignKeyName(table, fk.columns(), fk.referencedTable()));
  }
}
