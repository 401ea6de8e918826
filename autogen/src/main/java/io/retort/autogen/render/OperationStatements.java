package io.retort.autogen.render;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.retort.runtime.api.Columns;
import io.retort.runtime.api.Operations;
import io.retort.runtime.ops.AddColumn;
import io.retort.runtime.ops.AlterColumn;
import io.retort.runtime.ops.BulkInsert;
import io.retort.runtime.ops.CreateCheckConstraint;
import io.retort.runtime.ops.CreateForeignKey;
import io.retort.runtime.ops.CreateIndex;
import io.retort.runtime.ops.CreateSequence;
import io.retort.runtime.ops.CreateTable;
import io.retort.runtime.ops.CreateUniqueConstraint;
import io.retort.runtime.ops.DropColumn;
import io.retort.runtime.ops.DropConstraint;
import io.retort.runtime.ops.DropIndex;
import io.retort.runtime.ops.DropSequence;
import io.retort.runtime.ops.DropTable;
import io.retort.runtime.ops.Execute;
import io.retort.runtime.ops.Operation;
import io.retort.runtime.ops.RenameTable;
import io.retort.runtime.ops.RunJdbc;
import io.retort.runtime.schema.Column;
import io.retort.runtime.schema.ColumnType;
import io.retort.runtime.schema.Sequence;
import io.retort.runtime.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One Java statement per {@link Operation}: the call on the {@link Operations} facade ({@code op})
 * that records that very operation again, e.g.
 * {@code op.alterColumn("products", "price", c -> c.type(numeric(12, 2)) ...)}. Drops whose operation
 * carries the dropped definition are written in the form that records it, so nothing is lost on the
 * way from operations to Java and back. Constraints and indexes come back equal when they are named;
 * unnamed ones get the naming convention's name when the revision runs.
 */
final class OperationStatements {
  private static final ClassName COLUMNS = ClassName.get(Columns.class);

  private final StaticImports imports;
  private final SchemaExpressions schema;

  OperationStatements(StaticImports imports) {
    this.imports = imports;
    this.schema = new SchemaExpressions(imports);
  }

  /**
   * The statement, ending with {@code ;} and a line break. Arguments are separated by wrapping spaces
   * ({@code $W}), so a call longer than JavaPoet's 100 columns continues on the next line.
   */
  CodeBlock statement(Operation operation) {
    if (operation instanceof CreateTable o) {
      return createTable(o);
    } else if (operation instanceof DropTable o) {
      return dropTable(o);
    } else if (operation instanceof RenameTable o) {
      return statement("op.renameTable($S,$W$S)", o.table(), o.newName());
    } else if (operation instanceof AddColumn o) {
      return statement("op.addColumn($S,$W$L)", o.table(), schema.column(o.column()));
    } else if (operation instanceof DropColumn o) {
      return dropColumn(o);
    } else if (operation instanceof AlterColumn o) {
      return alterColumn(o);
    } else if (operation instanceof CreateIndex o) {
      return statement(o.index().unique() ? "op.createUniqueIndex($S,$W$S,$W$L)" : "op.createIndex($S,$W$S,$W$L)",
          o.index().name(), o.table(), SchemaExpressions.strings(o.index().columns()));
    } else if (operation instanceof DropIndex o) {
      return dropIndex(o);
    } else if (operation instanceof CreateUniqueConstraint o) {
      return statement("op.createUniqueConstraint($S,$W$S,$W$L)", o.constraint().name(), o.table(),
          SchemaExpressions.strings(o.constraint().columns()));
    } else if (operation instanceof CreateCheckConstraint o) {
      return statement("op.createCheckConstraint($S,$W$S,$W$S)", o.constraint().name(), o.table(),
          o.constraint().condition());
    } else if (operation instanceof CreateForeignKey o) {
      return statement("op.createForeignKey($S,$W$L)", o.table(), schema.foreignKey(o.foreignKey()));
    } else if (operation instanceof DropConstraint o) {
      return dropConstraint(o);
    } else if (operation instanceof CreateSequence o) {
      return createSequence(o.sequence());
    } else if (operation instanceof DropSequence o) {
      return dropSequence(o);
    } else if (operation instanceof Execute o) {
      return execute(o);
    } else if (operation instanceof BulkInsert o) {
      return bulkInsert(o);
    } else if (operation instanceof RunJdbc o) {
      throw new IllegalArgumentException("cannot write Java code for the data migration '" + o.description()
          + "': op.run(...) holds code, not data; write it into the revision by hand");
    }
    throw new IllegalArgumentException("no Java form for " + operation);
  }

  /** {@code op.createTable(} with the table name and one element per line. */
  private CodeBlock createTable(CreateTable o) {
    return statement("op.createTable(\n$S,\n$L)", o.table().name(), lines(schema.tableElements(o.table())));
  }

  private CodeBlock dropTable(DropTable o) {
    Table existing = o.existing();
    if (existing == null) {
      return statement("op.dropTable($S)", o.table());
    }
    requireSameName("table", o.table(), existing.name());
    return statement("op.dropTable(\n$S,\n$L)", o.table(), lines(schema.tableElements(existing)));
  }

  private CodeBlock dropColumn(DropColumn o) {
    if (o.existing() == null) {
      return statement("op.dropColumn($S,$W$S)", o.table(), o.column());
    }
    requireSameName("column", o.column(), o.existing().name());
    return statement("op.dropColumn($S,$W$L)", o.table(), schema.column(o.existing()));
  }

  /**
   * {@code op.alterColumn(table, column, c -> c.type(...).existingType(...))}, one call per line from
   * the third on; a bare rename is {@code op.renameColumn(table, column, newName)}.
   */
  private CodeBlock alterColumn(AlterColumn o) {
    List<CodeBlock> calls = new ArrayList<>();
    if (o.type() != null) {
      calls.add(CodeBlock.of("type($L)", type(o.type())));
    }
    if (o.nullable() != null) {
      calls.add(CodeBlock.of("nullable($L)", o.nullable()));
    }
    if (o.serverDefault() != null) {
      String value = o.serverDefault().value();
      calls.add(value == null ? CodeBlock.of("dropServerDefault()") : CodeBlock.of("serverDefault($S)", value));
    }
    if (o.newName() != null) {
      calls.add(CodeBlock.of("rename($S)", o.newName()));
    }
    if (calls.isEmpty()) {
      throw new IllegalArgumentException("alter column " + o.table() + "." + o.column() + " changes nothing");
    }
    Column existing = o.existing();
    if (existing == null && o.newName() != null && calls.size() == 1) {
      return statement("op.renameColumn($S,$W$S,$W$S)", o.table(), o.column(), o.newName());
    }
    if (existing != null) {
      requireSameName("column", o.column(), existing.name());
      calls.add(CodeBlock.of("existingType($L)", type(existing.type())));
      calls.add(CodeBlock.of("existingNullable($L)", existing.isNullable()));
      if (existing.serverDefault() != null) {
        calls.add(CodeBlock.of("existingServerDefault($S)", existing.serverDefault()));
      }
      if (existing.isIdentity()) {
        calls.add(CodeBlock.of("existingIdentity()"));
      }
    }
    CodeBlock chain = calls.size() <= 2
        ? CodeBlock.join(calls, ".")
        : CodeBlock.of("$L\n.$L", calls.get(0), CodeBlock.join(calls.subList(1, calls.size()), "\n."));
    return statement("op.alterColumn($S,$W$S,$Wc -> c.$L)", o.table(), o.column(), chain);
  }

  private CodeBlock dropIndex(DropIndex o) {
    if (o.existing() == null) {
      return statement("op.dropIndex($S,$W$S)", o.name(), o.table());
    }
    requireSameName("index", o.name(), o.existing().name());
    return statement("op.dropIndex($S,$W$L)", o.table(), schema.index(o.existing()));
  }

  private CodeBlock dropConstraint(DropConstraint o) {
    if (o.existing() == null) {
      return statement("op.dropConstraint($S,$W$S,$W$L)", o.name(), o.table(), imports.constant(o.kind()));
    }
    requireSameName("constraint", o.name(), o.existing().name());
    if (o.kind() != o.existing().kind()) {
      throw new IllegalArgumentException("drop constraint " + o.name() + " says " + o.kind() + " but the dropped "
          + "constraint is a " + o.existing().kind());
    }
    return statement("op.dropConstraint($S,$W$L)", o.table(), schema.constraint(o.existing()));
  }

  private CodeBlock createSequence(Sequence sequence) {
    if (sequence.start() == 1 && sequence.increment() == 1) {
      return statement("op.createSequence($S)", sequence.name());
    }
    return statement("op.createSequence($S,$W$L,$W$L)", sequence.name(), JavaLiterals.ofLong(sequence.start()),
        JavaLiterals.ofLong(sequence.increment()));
  }

  private CodeBlock dropSequence(DropSequence o) {
    Sequence existing = o.existing();
    if (existing == null) {
      return statement("op.dropSequence($S)", o.name());
    }
    requireSameName("sequence", o.name(), existing.name());
    return statement("op.dropSequence($S,$W$L,$W$L)", o.name(), JavaLiterals.ofLong(existing.start()),
        JavaLiterals.ofLong(existing.increment()));
  }

  /** {@code op.execute(sql, parameters...)}; a lone null parameter is cast so it is not taken for the array. */
  private CodeBlock execute(Execute o) {
    if (o.parameters().isEmpty()) {
      return statement("op.execute($S)", o.sql());
    }
    if (o.parameters().size() == 1 && o.parameters().get(0) == null) {
      return statement("op.execute($S,$W(Object) null)", o.sql());
    }
    List<CodeBlock> parameters = o.parameters().stream().map(JavaLiterals::of).toList();
    return statement("op.execute($S,$W$L)", o.sql(), CodeBlock.join(parameters, ",$W"));
  }

  /** {@code op.bulkInsert(table, List.of(row("id", 1, "name", "Books"), ...))}, one row per line. */
  private CodeBlock bulkInsert(BulkInsert o) {
    if (o.rows().isEmpty()) {
      return statement("op.bulkInsert($S,$W$T.of())", o.table(), List.class);
    }
    List<CodeBlock> rows = new ArrayList<>();
    for (Map<String, Object> row : o.rows()) {
      List<CodeBlock> pairs = new ArrayList<>();
      row.forEach((column, value) -> pairs.add(CodeBlock.of("$S, $L", column, JavaLiterals.of(value))));
      rows.add(CodeBlock.of("$L($L)", imports.member(COLUMNS, "row"), CodeBlock.join(pairs, ",$W")));
    }
    return statement("op.bulkInsert($S,$W$T.of(\n$L))", o.table(), List.class, lines(rows));
  }

  private CodeBlock type(ColumnType type) {
    return ColumnTypeExpression.of(type, method -> imports.member(COLUMNS, method));
  }

  private static CodeBlock lines(List<CodeBlock> items) {
    return CodeBlock.join(items, ",\n");
  }

  private static CodeBlock statement(String format, Object... args) {
    return CodeBlock.builder().addStatement(format, args).build();
  }

  private static void requireSameName(String what, String named, String existing) {
    if (!Objects.equals(named, existing)) {
      throw new IllegalArgumentException("the operation names " + what + " '" + named + "' but the definition it "
          + "carries is of '" + existing + "'");
    }
  }
}
