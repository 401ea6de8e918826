package io.retort.runtime.dialect;

/**
 * The lexical rules of one database that matter when reading SQL text: what quotes a string or an
 * identifier, and what starts a comment.
 *
 * @param backslashEscapes a backslash escapes the next character inside quotes (MariaDB)
 * @param doubleQuotedStrings {@code "..."} is a string, not an identifier (MariaDB)
 * @param backtickIdentifiers {@code `...`} quotes an identifier (MariaDB)
 * @param hashComments {@code #} starts a comment to the end of the line (MariaDB)
 * @param dollarQuotes {@code $tag$...$tag$} quotes a string (PostgreSQL, H2)
 * @param nestedBlockComments block comments nest (PostgreSQL)
 * @param escapedStrings {@code E'...'} is a string with backslash escapes (PostgreSQL)
 * @param doubledQuestionMark {@code ??} is an escaped {@code ?} operator, not two parameters (the PostgreSQL driver)
 */
record SqlSyntax(boolean backslashEscapes, boolean doubleQuotedStrings, boolean backtickIdentifiers,
    boolean hashComments, boolean dollarQuotes, boolean nestedBlockComments, boolean escapedStrings,
    boolean doubledQuestionMark) {

  static final SqlSyntax H2 = new SqlSyntax(false, false, false, false, true, false, false, false);
  static final SqlSyntax POSTGRESQL = new SqlSyntax(false, false, false, false, true, true, true, true);
  static final SqlSyntax MARIADB = new SqlSyntax(true, true, true, true, false, false, false, false);
}
