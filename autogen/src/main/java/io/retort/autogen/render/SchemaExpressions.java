package io.retort.autogen.render;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.retort.runtime.api.Columns;
import io.retort.runtime.schema.CheckConstraint;
import io.retort.runtime.schema.Column;
import io.retort.runtime.schema.ColumnType;
import io.retort.runtime.schema.Constraint;
import io.retort.runtime.schema.ForeignKey;
import io.retort.runtime.schema.Index;
import io.retort.runtime.schema.PrimaryKey;
import io.retort.runtime.schema.ReferentialAction;
import io.retort.runtime.schema.Table;
import io.retort.runtime.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/**
 * Java expressions, in the {@link Columns} vocabulary, for the schema values operations carry:
 * {@code column("name", string(200)).notNull()}, {@code primaryKey("id")},
 * {@code foreignKey("category_id").references("categories", "id").onDelete(CASCADE).named("fk_...")},
 * {@code index("ix_products_name", "name")}... Each expression evaluates to a value equal to the one given.
 */
final class SchemaExpressions {
  private static final ClassName COLUMNS = ClassName.get(Columns.class);

  private final StaticImports imports;

  SchemaExpressions(StaticImports imports) {
    this.imports = imports;
  }

  /** The elements {@code op.createTable(name, ...)} takes to build {@code table}: columns, keys, constraints, indexes. */
  List<CodeBlock> tableElements(Table table) {
    List<CodeBlock> elements = new ArrayList<>();
    table.columns().forEach(c -> elements.add(column(c)));
    if (table.primaryKey() != null) {
      elements.add(primaryKey(table.primaryKey()));
    }
    table.foreignKeys().forEach(fk -> elements.add(foreignKey(fk)));
    table.uniqueConstraints().forEach(uq -> elements.add(unique(uq)));
    table.checkConstraints().forEach(ck -> elements.add(check(ck)));
    table.indexes().forEach(ix -> elements.add(index(ix)));
    return elements;
  }

  /** {@code column("price", numeric(10, 2)).notNull().serverDefault("0")}. */
  CodeBlock column(Column column) {
    CodeBlock.Builder code = CodeBlock.builder()
        .add("$L($S, $L)", call("column"), column.name(), ColumnTypeExpression.of(column.type(), this::call));
    if (column.isIdentity()) {
      code.add(".identity()");
      if (column.isNullable()) {
        code.add(".nullable()");
      }
    } else {
      code.add(column.isNullable() ? ".nullable()" : ".notNull()");
    }
    if (column.serverDefault() != null) {
      code.add(".serverDefault($S)", column.serverDefault());
    }
    return code.build();
  }

  CodeBlock primaryKey(PrimaryKey primaryKey) {
    return named(CodeBlock.of("$L($L)", call("primaryKey"), strings(primaryKey.columns())), primaryKey.name());
  }

  CodeBlock constraint(Constraint constraint) {
    if (constraint instanceof ForeignKey fk) {
      return foreignKey(fk);
    }
    if (constraint instanceof UniqueConstraint uq) {
      return unique(uq);
    }
    return check((CheckConstraint) constraint);
  }

  /** The chain may wrap before each {@code .call}, which keeps long foreign keys within the line limit. */
  CodeBlock foreignKey(ForeignKey fk) {
    CodeBlock.Builder code = CodeBlock.builder()
        .add("$L($L)", call("foreignKey"), strings(fk.columns()))
        .add("$Z.references($S, $L)", fk.referencedTable(), strings(fk.referencedColumns()));
    if (fk.onDelete() != ReferentialAction.NO_ACTION) {
      code.add("$Z.onDelete($L)", imports.constant(fk.onDelete()));
    }
    if (fk.onUpdate() != ReferentialAction.NO_ACTION) {
      code.add("$Z.onUpdate($L)", imports.constant(fk.onUpdate()));
    }
    if (fk.name() != null) {
      code.add("$Z.named($S)", fk.name());
    }
    return code.build();
  }

  CodeBlock unique(UniqueConstraint unique) {
    return named(CodeBlock.of("$L($L)", call("unique"), strings(unique.columns())), unique.name());
  }

  CodeBlock check(CheckConstraint check) {
    if (check.name() == null) {
      return CodeBlock.of("$L($S)", call("check"), check.condition());
    }
    return CodeBlock.of("$L($S, $S)", call("check"), check.name(), check.condition());
  }

  /** {@code index("ix_products_name", "name")} or {@code uniqueIndex(...)}. */
  CodeBlock index(Index index) {
    return CodeBlock.of("$L($S, $L)", call(index.unique() ? "uniqueIndex" : "index"), index.name(),
        strings(index.columns()));
  }

  /** String arguments: {@code "a", "b"}, wrapping between them if the line gets too long. */
  static CodeBlock strings(List<String> values) {
    return CodeBlock.join(values.stream().map(v -> CodeBlock.of("$S", v)).toList(), ",$W");
  }

  private CodeBlock call(String columnsMethod) {
    return imports.member(COLUMNS, columnsMethod);
  }

  private static CodeBlock named(CodeBlock expression, String name) {
    return name == null ? expression : CodeBlock.of("$L.named($S)", expression, name);
  }
}
