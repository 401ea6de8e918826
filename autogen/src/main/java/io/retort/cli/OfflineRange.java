package io.retort.cli;

import io.retort.runtime.RetortException;

/** Checks the TARGET of {@code upgrade}/{@code downgrade}: {@code FROM:TO} only with {@code --sql}, each side well formed. */
final class OfflineRange {
  private OfflineRange() {
  }

  /** A target or {@code FROM:TO} for {@code --sql}, each side checked by {@link TargetSyntax}. */
  static String check(String range) {
    int colon = range.indexOf(':');
    if (colon < 0) {
      return TargetSyntax.check(range);
    }
    if (range.indexOf(':', colon + 1) >= 0) {
      throw new RetortException("Malformed range '" + range + "': write FROM:TO, e.g. base:head or 1a2b:3c4d");
    }
    String from = range.substring(0, colon).trim();
    String to = range.substring(colon + 1).trim();
    if (from.isEmpty() || to.isEmpty()) {
      throw new RetortException("Malformed range '" + range + "': write FROM:TO, e.g. base:head or 1a2b:3c4d");
    }
    return TargetSyntax.check(from) + ":" + TargetSyntax.check(to);
  }

  /** An online target: a range makes sense only for a script, where the start cannot be read from the database. */
  static String refuseRange(String target, String command) {
    if (target.contains(":")) {
      throw new RetortException("A range (" + target + ") works only with --sql; online, " + command
          + " starts where the database is: give just the target, e.g. 'retort " + command + " "
          + target.substring(target.indexOf(':') + 1).trim() + "'");
    }
    return TargetSyntax.check(target);
  }
}
