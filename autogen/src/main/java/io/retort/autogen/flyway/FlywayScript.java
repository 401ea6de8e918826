package io.retort.autogen.flyway;

import io.retort.autogen.render.RevisionSpec;
import io.retort.runtime.RetortException;
import io.retort.runtime.dialect.Dialect;
import io.retort.runtime.migrate.ScriptText;
import java.util.List;

/**
 * The text of a Flyway SQL migration: the message as a comment header (verbatim, line by line), then
 * each operation's statements as the database of the target URL spells them, terminated as in any
 * script ({@link ScriptText}), with the operation's CAUTION/DANGER warning and any rename proposal
 * as {@code --} comments directly above them. No transaction statements: Flyway runs each migration
 * in a transaction where the database can. Deterministic: no date, nothing random.
 */
public final class FlywayScript {
  private FlywayScript() {
  }

  /**
   * A versioned migration ({@code V<version>__...sql}).
   *
   * @param steps the upgrade operations with their warnings and comments; none for a migration to write by hand
   */
  public static String migration(String message, FlywayVersion version, Dialect dialect, List<RevisionSpec.Step> steps) {
    StringBuilder text = new StringBuilder();
    header(text, message, "Flyway migration V" + version.fileText() + ", written by Retort ('autogen --format flyway') for "
        + dialect.name() + ".");
    body(text, dialect, steps);
    return text.toString();
  }

  /**
   * An undo migration ({@code U<version>__...sql}): the reverse of the versioned migration of the same
   * version, as the revision's {@code downgrade()} would be.
   *
   * @param steps the downgrade operations, with the warnings of those that can fail or lose data
   */
  public static String undo(String message, FlywayVersion version, Dialect dialect, List<RevisionSpec.Step> steps) {
    StringBuilder text = new StringBuilder();
    header(text, message, "Flyway undo migration U" + version.fileText() + ": undoes V" + version.fileText() + ", written by Retort "
        + "('autogen --format flyway --undo') for " + dialect.name() + ".");
    body(text, dialect, steps);
    return text.toString();
  }

  private static void header(StringBuilder text, String message, String origin) {
    comment(text, message);
    text.append("--\n");
    comment(text, origin);
  }

  private static void body(StringBuilder text, Dialect dialect, List<RevisionSpec.Step> steps) {
    if (steps.isEmpty()) {
      text.append('\n');
      comment(text, "Write the SQL of this migration here; Flyway runs it as it is.");
      return;
    }
    for (RevisionSpec.Step step : steps) {
      text.append('\n');
      if (step.warning() != null) {
        comment(text, step.warning());
      }
      step.comments().forEach(comment -> comment(text, comment));
      for (String line : ScriptText.lines(dialect, step.operation(), run -> new RetortException("The operation op.run(\""
          + run.description() + "\") runs Java code, which cannot be written into a Flyway SQL migration"))) {
        text.append(line).append('\n');
      }
    }
  }

  /** {@code text} as {@code --} comment lines (an empty line as a bare {@code --}). */
  private static void comment(StringBuilder text, String comment) {
    for (String line : comment.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
      String stripped = line.stripTrailing();
      text.append(stripped.isEmpty() ? "--" : "-- " + stripped).append('\n');
    }
  }
}
