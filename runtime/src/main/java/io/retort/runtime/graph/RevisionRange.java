package io.retort.runtime.graph;

import io.retort.runtime.RetortException;

/**
 * A range of revisions as typed, parsed once: {@code TARGET} or {@code FROM:TO} for an offline
 * script ({@code upgrade --sql}, {@code downgrade --sql}), {@code [FROM]:[TO]} for {@code history -r}.
 * Each side is checked by {@link TargetSyntax}.
 *
 * @param from where the range starts, or null when the script starts at base ({@code TARGET} alone)
 *     or, for history, when FROM was left empty
 * @param to where it ends; for history, null when TO was left empty (every head)
 */
public record RevisionRange(String from, String to) {
  private static final String SCRIPT_FORM = "write FROM:TO, e.g. base:head or 1a2b:3c4d";

  /** {@code TARGET} or {@code FROM:TO}, both sides given: the range of an offline script. */
  public static RevisionRange script(String typed) {
    String range = typed == null ? "" : typed.trim();
    int colon = range.indexOf(':');
    if (colon < 0) {
      return new RevisionRange(null, TargetSyntax.check(range));
    }
    if (range.indexOf(':', colon + 1) >= 0) {
      throw new RetortException("Malformed range '" + range + "': " + SCRIPT_FORM);
    }
    String from = range.substring(0, colon).trim();
    String to = range.substring(colon + 1).trim();
    if (from.isEmpty() || to.isEmpty()) {
      throw new RetortException("Malformed range '" + range + "': " + SCRIPT_FORM);
    }
    return new RevisionRange(TargetSyntax.check(from), TargetSyntax.check(to));
  }

  /**
   * {@code [FROM]:[TO]} for {@code history}: an empty FROM means base, an empty TO every head; FROM
   * and TO may also be {@code current}.
   */
  public static RevisionRange history(String typed) {
    String range = typed == null ? "" : typed.trim();
    int colon = range.indexOf(':');
    if (colon < 0 || range.indexOf(':', colon + 1) >= 0) {
      throw new RetortException("History range '" + range + "' needs the form [start]:[end], e.g. base:head, 1a2b:, :current");
    }
    String from = range.substring(0, colon).trim();
    String to = range.substring(colon + 1).trim();
    return new RevisionRange(from.isEmpty() ? null : TargetSyntax.check(from), to.isEmpty() ? null : TargetSyntax.check(to));
  }

  /** Whether a start was given (for a script: it does not start at base). */
  public boolean hasStart() {
    return from != null;
  }

  @Override
  public String toString() {
    return (from == null ? "" : from) + ":" + (to == null ? "" : to);
  }
}
