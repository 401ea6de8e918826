package io.retort.autogen.introspect;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the values of an enumeration type as the database spells it: MariaDB's
 * {@code enum('NEW','DONE')} or H2's {@code ENUM('NEW', 'DONE')}; a quote inside a value is doubled.
 */
final class EnumLiterals {

  private EnumLiterals() {
  }

  /** The quoted values between the parentheses, in order; empty when there are none. */
  static List<String> values(String spelling) {
    List<String> values = new ArrayList<>();
    int open = spelling.indexOf('(');
    if (open < 0) {
      return values;
    }
    StringBuilder value = null;
    for (int i = open + 1; i < spelling.length(); i++) {
      char c = spelling.charAt(i);
      if (value == null) {
        if (c == '\'') {
          value = new StringBuilder();
        } else if (c == ')') {
          break;
        }
      } else if (c == '\'' && i + 1 < spelling.length() && spelling.charAt(i + 1) == '\'') {
        value.append('\'');
        i++;
      } else if (c == '\'') {
        values.add(value.toString());
        value = null;
      } else {
        value.append(c);
      }
    }
    return values;
  }
}
