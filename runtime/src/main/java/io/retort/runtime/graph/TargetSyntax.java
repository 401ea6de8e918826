package io.retort.runtime.graph;

import io.retort.runtime.RetortException;
import java.util.regex.Pattern;

/**
 * The one place where a typed target is checked before it is looked up: {@code head}, {@code heads},
 * {@code base}, an id or prefix, a branch label, {@code LABEL@head}, {@code +N}, {@code -N},
 * {@code REV+N}, {@code LABEL@+N}. A mistyped relative target ({@code +x}, {@code -1.5},
 * {@code shop@+two}) fails here with how to write it, instead of "no such revision". The command
 * line, the Maven plugin and the programmatic API all come through here, so they fail alike.
 * Ranges ({@code FROM:TO}) are {@link RevisionRange}.
 */
public final class TargetSyntax {
  private static final Pattern RELATIVE_START = Pattern.compile("^(.*@)?[+-].*$");
  private static final Pattern RELATIVE = Pattern.compile("^(.*@)?[+-]\\d+$");
  private static final Pattern FROM_DATABASE = Pattern.compile("^([^+\\-]*@)?[+-]\\d+$");

  private TargetSyntax() {
  }

  /** Returns the target trimmed, or fails on a malformed relative form or an empty target. */
  public static String check(String target) {
    String spec = target == null ? "" : target.trim();
    if (spec.isEmpty()) {
      throw new RetortException("Empty target; give head, heads, base, a revision id or prefix, +N or -N");
    }
    if (RELATIVE_START.matcher(spec).matches() && !RELATIVE.matcher(spec).matches()) {
      throw new RetortException("Malformed relative revision '" + spec + "': write +N or -N with N a whole number "
          + "(e.g. +1, -2, shop@+1)");
    }
    return spec;
  }

  /**
   * A target for a command that runs against the database ({@code upgrade}, {@code downgrade}):
   * checked, and never a range, because online a migration starts where the database is.
   *
   * @param command {@code upgrade} or {@code downgrade}, for the message
   */
  public static String online(String target, String command) {
    if (target != null && target.contains(":")) {
      throw new RetortException("A range (" + target + ") works only with --sql; online, " + command
          + " starts where the database is: give just the target, e.g. 'retort " + command + " "
          + target.substring(target.indexOf(':') + 1).trim() + "'");
    }
    return check(target);
  }

  /**
   * Whether a relative target counts from where the database is ({@code +1}, {@code -2},
   * {@code shop@+1}) rather than from a named revision ({@code 1a2b+1}).
   */
  public static boolean countsFromDatabase(String spec) {
    return FROM_DATABASE.matcher(spec).matches();
  }
}
