package io.retort.runtime.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Names for constraints and indexes a revision leaves unnamed (Alembic's {@code naming_convention}),
 * so the names a database gets are stable and the same on every database. Templates use
 * {@code {table}}, {@code {columns}} (column names joined by {@code _}), {@code {referred_table}}
 * and, for checks, {@code {hash}} (of the condition). Names longer than 63 characters are shortened
 * with a hash suffix, deterministically.
 */
public record NamingConvention(String index, String unique, String check, String foreignKey) {

  public static final NamingConvention DEFAULT = new NamingConvention(
      "ix_{table}_{columns}", "uq_{table}_{columns}", "ck_{table}_{hash}", "fk_{table}_{columns}_{referred_table}");

  private static final int MAX_LENGTH = 63;

  public NamingConvention {
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(unique, "unique");
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(foreignKey, "foreignKey");
  }

  /** Reads {@code ix}, {@code uq}, {@code ck} and {@code fk} templates; missing keys keep the defaults. */
  public static NamingConvention fromTemplates(Map<String, String> templates) {
    return new NamingConvention(templates.getOrDefault("ix", DEFAULT.index), templates.getOrDefault("uq", DEFAULT.unique),
        templates.getOrDefault("ck", DEFAULT.check), templates.getOrDefault("fk", DEFAULT.foreignKey));
  }

  public String indexName(String table, List<String> columns) {
    return render(index, table, columns, "", "");
  }

  public String uniqueName(String table, List<String> columns) {
    return render(unique, table, columns, "", "");
  }

  public String checkName(String table, String condition) {
    return render(check, table, List.of(), "", hash(condition).substring(0, 8));
  }

  public String foreignKeyName(String table, List<String> columns, String referredTable) {
    return render(foreignKey, table, columns, referredTable, "");
  }

  private static String render(String template, String table, List<String> columns, String referredTable, String hash) {
    String name = template.replace("{table}", plain(table))
        .replace("{columns}", String.join("_", columns.stream().map(NamingConvention::plain).toList()))
        .replace("{referred_table}", plain(referredTable))
        .replace("{hash}", hash)
        .toLowerCase(Locale.ROOT);
    if (name.length() <= MAX_LENGTH) {
      return name;
    }
    return name.substring(0, MAX_LENGTH - 9) + "_" + hash(name).substring(0, 8);
  }

  private static String plain(String identifier) {
    return identifier.replace("\"", "");
  }

  private static String hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
