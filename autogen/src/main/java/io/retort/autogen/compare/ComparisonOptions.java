package io.retort.autogen.compare;

import io.retort.runtime.api.NamingConvention;
import io.retort.runtime.schema.Names;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the comparator looks at (Alembic's {@code compare_type}, {@code compare_server_default},
 * {@code include_name}) and which renames the user confirmed. Immutable; the {@code with...} methods
 * return changed copies.
 *
 * @param compareType whether column type changes are detected (default true)
 * @param compareServerDefault whether server default changes are detected (default false: databases
 *     report defaults back in their own words, so this is opt-in as in Alembic)
 * @param includeTables when not empty, only these tables are compared (names, compared as {@link Names} does)
 * @param excludeTables tables never compared
 * @param versionTable the version table, always ignored (default {@code retort_version})
 * @param renames confirmed renames: {@code "products.title" -> "name"} renames a column of
 *     {@code products} (the table may be given by its old or its new name),
 *     {@code "old_items" -> "items"} renames a table
 * @param namingConvention names the indexes and constraints the comparator creates or drops when the
 *     model leaves them unnamed, so every emitted operation can be reversed
 */
public record ComparisonOptions(boolean compareType, boolean compareServerDefault, Set<String> includeTables,
    Set<String> excludeTables, String versionTable, Map<String, String> renames, NamingConvention namingConvention) {

  public static final String DEFAULT_VERSION_TABLE = "retort_version";

  public ComparisonOptions {
    includeTables = Collections.unmodifiableSet(new TreeSet<>(includeTables));
    excludeTables = Collections.unmodifiableSet(new TreeSet<>(excludeTables));
    Objects.requireNonNull(versionTable, "versionTable");
    renames = Collections.unmodifiableMap(new TreeMap<>(renames));
    Objects.requireNonNull(namingConvention, "namingConvention");
  }

  /** compareType on, compareServerDefault off, every table, {@code retort_version}, no renames. */
  public static ComparisonOptions defaults() {
    return new ComparisonOptions(true, false, Set.of(), Set.of(), DEFAULT_VERSION_TABLE, Map.of(),
        NamingConvention.DEFAULT);
  }

  public ComparisonOptions withCompareType(boolean value) {
    return new ComparisonOptions(value, compareServerDefault, includeTables, excludeTables, versionTable, renames,
        namingConvention);
  }

  public ComparisonOptions withCompareServerDefault(boolean value) {
    return new ComparisonOptions(compareType, value, includeTables, excludeTables, versionTable, renames,
        namingConvention);
  }

  public ComparisonOptions withIncludeTables(Collection<String> tables) {
    return new ComparisonOptions(compareType, compareServerDefault, Set.copyOf(tables), excludeTables, versionTable,
        renames, namingConvention);
  }

  public ComparisonOptions withExcludeTables(Collection<String> tables) {
    return new ComparisonOptions(compareType, compareServerDefault, includeTables, Set.copyOf(tables), versionTable,
        renames, namingConvention);
  }

  public ComparisonOptions withVersionTable(String table) {
    return new ComparisonOptions(compareType, compareServerDefault, includeTables, excludeTables, table, renames,
        namingConvention);
  }

  /** Replaces the confirmed renames. */
  public ComparisonOptions withRenames(Map<String, String> confirmed) {
    return new ComparisonOptions(compareType, compareServerDefault, includeTables, excludeTables, versionTable,
        confirmed, namingConvention);
  }

  /** Adds one confirmed rename: {@code withRename("products.title", "name")} or {@code withRename("old_items", "items")}. */
  public ComparisonOptions withRename(String from, String to) {
    Map<String, String> copy = new LinkedHashMap<>(renames);
    copy.put(from, to);
    return withRenames(copy);
  }

  /**
   * Adds one confirmed rename written as on the command line, {@code products.title=name} or
   * {@code old_items=items} (what {@link RenameProposal#renameOption()} prints).
   *
   * @throws IllegalArgumentException when the text is not {@code from=to}
   */
  public ComparisonOptions withRename(String option) {
    int eq = option.indexOf('=');
    if (eq <= 0 || eq == option.length() - 1) {
      throw new IllegalArgumentException("a rename is written old=new, e.g. products.title=name or old_items=items, not '"
          + option + "'");
    }
    return withRename(option.substring(0, eq).strip(), option.substring(eq + 1).strip());
  }

  public ComparisonOptions withNamingConvention(NamingConvention convention) {
    return new ComparisonOptions(compareType, compareServerDefault, includeTables, excludeTables, versionTable, renames,
        convention);
  }

  /** Whether a table takes part in the comparison: not the version table, included, not excluded. */
  public boolean comparesTable(String table) {
    if (Names.same(table, versionTable)) {
      return false;
    }
    if (!includeTables.isEmpty() && includeTables.stream().noneMatch(t -> Names.same(t, table))) {
      return false;
    }
    return excludeTables.stream().noneMatch(t -> Names.same(t, table));
  }
}
