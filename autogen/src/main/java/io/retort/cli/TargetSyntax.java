package io.retort.cli;

import io.retort.runtime.RetortException;
import java.util.regex.Pattern;

/**
 * Catches a mistyped relative target ({@code +x}, {@code -1.5}, {@code shop@+two}) before it is
 * looked up as a revision id, so the message says how to write it instead of "no such revision".
 */
final class TargetSyntax {
  private static final Pattern RELATIVE_START = Pattern.compile("^(.*@)?[+-].*$");
  private static final Pattern RELATIVE = Pattern.compile("^(.*@)?[+-]\\d+$");
  private static final Pattern FROM_DATABASE = Pattern.compile("^([^+\\-]*@)?[+-]\\d+$");

  private TargetSyntax() {
  }

  /**
   * Whether a relative target counts from where the database is ({@code +1}, {@code -2},
   * {@code shop@+1}) rather than from a named revision ({@code 1a2b+1}).
   */
  static boolean countsFromDatabase(String spec) {
    return FROM_DATABASE.matcher(spec).matches();
  }

  /** Returns the target trimmed, or fails on a malformed relative form or an empty target. */
  static String check(String target) {
    String spec = target.trim();
    if (spec.isEmpty()) {
      throw new RetortException("Empty target; give head, heads, base, a revision id or prefix, +N or -N");
    }
    if (RELATIVE_START.matcher(spec).matches() && !RELATIVE.matcher(spec).matches()) {
      throw new RetortException("Malformed relative revision '" + spec + "': write +N or -N with N a whole number "
          + "(e.g. +1, -2, shop@+1)");
    }
    return spec;
  }
}
