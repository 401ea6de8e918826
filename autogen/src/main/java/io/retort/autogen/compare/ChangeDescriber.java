package io.retort.autogen.compare;

import io.retort.runtime.ops.AddColumn;
import io.retort.runtime.ops.AlterColumn;
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
import io.retort.runtime.ops.Operation;
import io.retort.runtime.ops.RenameTable;
import io.retort.runtime.schema.CheckConstraint;
import io.retort.runtime.schema.Column;
import io.retort.runtime.schema.ConstraintKind;
import io.retort.runtime.schema.ForeignKey;
import io.retort.runtime.schema.ReferentialAction;
import io.retort.runtime.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/**
 * The line {@code autogen} and {@code retort check} print per detected change, in Alembic's words:
 * <pre>
 * Detected added table 'products'
 * Detected removed table 'old_table'
 * Detected renamed table 'items' to 'products'
 * Detected added column 'products.description'
 * Detected removed column 'products.old'
 * Detected type change from varchar(100) to varchar(200) on 'products.name'
 * Detected NULL to NOT NULL on 'products.stock'
 * Detected NOT NULL to NULL on 'products.stock'
 * Detected server default change from none to 0 on 'products.stock'
 * Detected type change from integer to bigint, NULL to NOT NULL on 'products.stock'
 * Detected renamed column 'products.title' to 'name'
 * Detected renamed column 'products.title' to 'name' with type change from varchar(100) to varchar(200)
 * Detected added index 'ix_products_name' on 'products' (name)
 * Detected added unique index 'ux_products_sku' on 'products' (sku)
 * Detected removed index 'ix_products_name' on 'products' (name)
 * Detected added unique constraint 'uq_products_sku' on 'products' (sku)
 * Detected removed unique constraint 'uq_products_sku' on 'products' (sku)
 * Detected added foreign key 'fk_products_category' on 'products' (category_id) -> 'categories' (id) ON DELETE CASCADE
 * Detected removed foreign key 'fk_products_category' on 'products' (category_id) -> 'categories' (id)
 * Detected added check constraint 'ck_products_price' on 'products' (price >= 0)
 * Detected removed check constraint 'ck_products_price' on 'products' (price >= 0)
 * Detected added sequence 'products_seq'
 * Detected removed sequence 'products_seq'
 * Detected increment change from 1 to 50 on sequence 'products_seq'
 * </pre>
 */
public final class ChangeDescriber {
  private ChangeDescriber() {
  }

  public static String detectedLine(Operation op) {
    return "Detected " + describe(op);
  }

  private static String describe(Operation op) {
    if (op instanceof CreateTable o) {
      return "added table '" + o.table().name() + "'";
    }
    if (op instanceof DropTable o) {
      return "removed table '" + o.table() + "'";
    }
    if (op instanceof RenameTable o) {
      return "renamed table '" + o.table() + "' to '" + o.newName() + "'";
    }
    if (op instanceof AddColumn o) {
      return "added column '" + o.table() + "." + o.column().name() + "'";
    }
    if (op instanceof DropColumn o) {
      return "removed column '" + o.table() + "." + o.column() + "'";
    }
    if (op instanceof AlterColumn o) {
      return alterColumn(o);
    }
    if (op instanceof CreateIndex o) {
      return "added " + (o.index().unique() ? "unique " : "") + "index '" + o.index().name() + "' on '" + o.table()
          + "' " + columns(o.index().columns());
    }
    if (op instanceof DropIndex o) {
      String unique = o.existing() != null && o.existing().unique() ? "unique " : "";
      String cols = o.existing() == null ? "" : " " + columns(o.existing().columns());
      return "removed " + unique + "index '" + o.name() + "' on '" + o.table() + "'" + cols;
    }
    if (op instanceof CreateUniqueConstraint o) {
      return "added " + unique(o.table(), o.constraint());
    }
    if (op instanceof CreateForeignKey o) {
      return "added " + foreignKey(o.table(), o.foreignKey());
    }
    if (op instanceof CreateCheckConstraint o) {
      return "added " + check(o.table(), o.constraint());
    }
    if (op instanceof DropConstraint o) {
      return "removed " + dropped(o);
    }
    if (op instanceof CreateSequence o) {
      return "added sequence '" + o.sequence().name() + "'";
    }
    if (op instanceof DropSequence o) {
      return "removed sequence '" + o.name() + "'";
    }
    return op.describe();
  }

  private static String alterColumn(AlterColumn o) {
    Column existing = o.existing();
    List<String> aspects = new ArrayList<>();
    if (o.type() != null) {
      aspects.add("type change from " + (existing == null ? "unknown" : existing.type().describe()) + " to "
          + o.type().describe());
    }
    if (o.nullable() != null) {
      aspects.add(o.nullable() ? "NOT NULL to NULL" : "NULL to NOT NULL");
    }
    if (o.serverDefault() != null) {
      aspects.add("server default change from " + defaultText(existing == null ? null : existing.serverDefault())
          + " to " + defaultText(o.serverDefault().value()));
    }
    String column = "'" + o.table() + "." + o.column() + "'";
    if (o.newName() != null) {
      return "renamed column " + column + " to '" + o.newName() + "'"
          + (aspects.isEmpty() ? "" : " with " + String.join(", ", aspects));
    }
    return String.join(", ", aspects) + " on " + column;
  }

  private static String dropped(DropConstraint o) {
    if (o.existing() instanceof ForeignKey fk) {
      return foreignKey(o.table(), fk.named(o.name()));
    }
    if (o.existing() instanceof UniqueConstraint uq) {
      return unique(o.table(), uq.named(o.name()));
    }
    if (o.existing() instanceof CheckConstraint ck) {
      return check(o.table(), ck.named(o.name()));
    }
    return kind(o.kind()) + " '" + o.name() + "' on '" + o.table() + "'";
  }

  private static String unique(String table, UniqueConstraint uq) {
    return "unique constraint '" + uq.name() + "' on '" + table + "' " + columns(uq.columns());
  }

  private static String check(String table, CheckConstraint ck) {
    return "check constraint '" + ck.name() + "' on '" + table + "' (" + ck.condition() + ")";
  }

  private static String foreignKey(String table, ForeignKey fk) {
    StringBuilder line = new StringBuilder("foreign key '" + fk.name() + "' on '" + table + "' " + columns(fk.columns())
        + " -> '" + fk.referencedTable() + "' " + columns(fk.referencedColumns()));
    if (fk.onDelete() != ReferentialAction.NO_ACTION) {
      line.append(" ON DELETE ").append(fk.onDelete().sql());
    }
    if (fk.onUpdate() != ReferentialAction.NO_ACTION) {
      line.append(" ON UPDATE ").append(fk.onUpdate().sql());
    }
    return line.toString();
  }

  /** {@code foreign key}, {@code unique constraint}, {@code check constraint}. */
  static String kind(ConstraintKind kind) {
    return switch (kind) {
      case FOREIGN_KEY -> "foreign key";
      case UNIQUE -> "unique constraint";
      case CHECK -> "check constraint";
    };
  }

  private static String columns(List<String> columns) {
    return "(" + String.join(", ", columns) + ")";
  }

  private static String defaultText(String value) {
    return value == null ? "none" : value;
  }
}
