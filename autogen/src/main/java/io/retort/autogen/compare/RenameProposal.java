package io.retort.autogen.compare;

import java.util.Objects;

/**
 * A table or column that disappeared while a similar one appeared. The comparator never applies a
 * proposal by itself: the comparison still holds the drop and the add, and the proposal travels along
 * so the CLI and the revision writer can tell the user how to confirm it.
 *
 * @param kind whether a table or a column may have been renamed
 * @param table for a column, the table (its name in the entities); null for a table rename
 * @param from the name that disappeared (as the database spells it)
 * @param to the name that appeared (as the entities spell it)
 * @param reason why the two look like one renamed thing, e.g. {@code same type, nullability and default}
 */
public record RenameProposal(Kind kind, String table, String from, String to, String reason) {

  /** What may have been renamed. */
  public enum Kind {
    TABLE, COLUMN
  }

  public RenameProposal {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(reason, "reason");
    if (kind == Kind.COLUMN) {
      Objects.requireNonNull(table, "table");
    }
  }

  public static RenameProposal column(String table, String from, String to, String reason) {
    return new RenameProposal(Kind.COLUMN, table, from, to, reason);
  }

  public static RenameProposal table(String from, String to, String reason) {
    return new RenameProposal(Kind.TABLE, null, from, to, reason);
  }

  /**
   * The confirmation as {@link ComparisonOptions#renames()} and {@code --rename} take it:
   * {@code products.title=name} or {@code old_items=items}.
   */
  public String renameOption() {
    return kind == Kind.COLUMN ? table + "." + from + "=" + to : from + "=" + to;
  }

  /**
   * One line for people: {@code Possible rename: products.title -> products.name (same type, nullability
   * and default); confirm with --rename products.title=name}.
   */
  public String message() {
    String what = kind == Kind.COLUMN ? table + "." + from + " -> " + table + "." + to : "table " + from + " -> " + to;
    return "Possible rename: " + what + " (" + reason + "); confirm with --rename " + renameOption();
  }
}
