package io.retort.autogen.script;

import io.retort.runtime.RetortException;
import java.util.List;

/**
 * Code of the user's project that does not compile: the project itself (through Maven) or the
 * revisions of its versions folder (through javac). The message is one line that says what does
 * not compile and how many errors; {@link #diagnostics()} are the compiler's own words, file and
 * line first, which the command line and the Maven plugin print under it ({@link #shownDiagnostics()}).
 */
public final class CompilationFailure extends RetortException {
  /** How many diagnostics a face prints before it only counts the rest. */
  public static final int SHOWN = 5;

  /**
   * One compiler error.
   *
   * @param file the source, relative to the project directory where possible
   * @param line the line number, or 0 when the compiler gave none
   * @param message the compiler's message, its first line
   */
  public record Diagnostic(String file, long line, String message) {
    @Override
    public String toString() {
      return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
  }

  private final List<Diagnostic> diagnostics;

  /**
   * @param kind what the sources are, e.g. {@code Revision source} or {@code Project source}
   * @param diagnostics at least one
   * @param remedy what to do, e.g. {@code fix it and run the command again}
   */
  public CompilationFailure(String kind, List<Diagnostic> diagnostics, String remedy) {
    super(summary(kind, diagnostics) + "; " + remedy);
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** {@code Revision source src/.../R1.java:12 does not compile: cannot find symbol (and 2 more errors)}. */
  private static String summary(String kind, List<Diagnostic> diagnostics) {
    Diagnostic first = diagnostics.get(0);
    int more = diagnostics.size() - 1;
    return kind + " " + first.file() + (first.line() > 0 ? ":" + first.line() : "") + " does not compile: " + first.message()
        + (more > 0 ? " (and " + more + " more error" + (more > 1 ? "s" : "") + ")" : "");
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /**
   * The lines a face prints under the failure: the first {@value #SHOWN} diagnostics, then how many
   * more there are; none when there is only one, which the message holds already.
   */
  public List<String> shownDiagnostics() {
    List<String> lines = new java.util.ArrayList<>();
    if (diagnostics.size() == 1) {
      return lines;
    }
    diagnostics.stream().limit(SHOWN).forEach(d -> lines.add(d.toString()));
    if (diagnostics.size() > SHOWN) {
      lines.add("... and " + (diagnostics.size() - SHOWN) + " more error" + (diagnostics.size() - SHOWN == 1 ? "" : "s"));
    }
    return lines;
  }
}
