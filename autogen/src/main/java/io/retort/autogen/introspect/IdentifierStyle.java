package io.retort.autogen.introspect;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Turns a name as the database stores it into a model name. The model compares unquoted names
 * without regard to case, so a stored name that an unquoted identifier could not have produced
 * (mixed case created quoted on PostgreSQL, {@code "order"} in lower case on H2) is written in
 * double quotes and stays case-sensitive. A database that keeps the case of unquoted identifiers
 * (MariaDB) never needs quotes.
 */
enum IdentifierStyle {
  /** Unquoted identifiers are stored in lower case (PostgreSQL). */
  LOWER,
  /** Unquoted identifiers are stored in upper case (H2, the SQL standard). */
  UPPER,
  /** Unquoted identifiers keep their case (MariaDB, MySQL). */
  AS_WRITTEN;

  /**
   * The style the connection reports. MariaDB keeps names as written whatever it says: column names
   * compare without case there, and table names fold only on case-insensitive file systems.
   */
  static IdentifierStyle of(ConnectionScope.Database database, DatabaseMetaData meta) throws SQLException {
    if (database == ConnectionScope.Database.MARIADB) {
      return AS_WRITTEN;
    }
    if (meta.storesLowerCaseIdentifiers()) {
      return LOWER;
    }
    if (meta.storesUpperCaseIdentifiers()) {
      return UPPER;
    }
    return AS_WRITTEN;
  }

  /**
   * The model name for a stored name; null stays null. An unquoted name is given in lower case, as
   * people write SQL and entities, even where the database stores it in upper case (H2): messages then
   * read {@code 'products.description'} on every database.
   */
  String modelName(String stored) {
    if (stored == null || this == AS_WRITTEN) {
      return stored;
    }
    String folded = this == LOWER ? stored.toLowerCase(Locale.ROOT) : stored.toUpperCase(Locale.ROOT);
    if (!folded.equals(stored)) {
      return "\"" + stored.replace("\"", "\"\"") + "\"";
    }
    return stored.toLowerCase(Locale.ROOT);
  }
}
