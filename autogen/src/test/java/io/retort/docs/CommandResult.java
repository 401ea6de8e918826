package io.retort.docs;

/**
 * What one command of a guide printed and returned.
 *
 * @param exit the exit code
 * @param out standard output (empty when it went to a file)
 * @param err standard error
 * @param ran false when the command belongs to another database and was skipped on this one
 */
record CommandResult(int exit, String out, String err, boolean ran) {
  static CommandResult skipped() {
    return new CommandResult(0, "", "", false);
  }

  /** Both streams as a terminal shows them for these commands: standard output, then standard error. */
  String combined() {
    if (out.isEmpty() || err.isEmpty()) {
      return out + err;
    }
    return out.endsWith("\n") ? out + err : out + "\n" + err;
  }
}
