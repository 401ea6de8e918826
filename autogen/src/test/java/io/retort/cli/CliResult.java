package io.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import picocli.CommandLine;

/**
 * What one in-process run of the command line printed and returned.
 *
 * @param exit the exit code
 * @param out standard output
 * @param err standard error
 */
record CliResult(int exit, String out, String err) {

  List<String> outLines() {
    return out.lines().toList();
  }

  /** Asserts success (exit 0, nothing on stderr) and returns this. */
  CliResult succeeded() {
    assertEquals(0, exit, () -> "expected success, got exit " + exit + "\nstdout:\n" + out + "\nstderr:\n" + err);
    assertEquals("", err, "stderr of a successful command");
    return this;
  }

  /**
   * Asserts the failure contract: a non-zero exit and exactly one line on stderr, starting with
   * {@code FAILED: }. Returns that line without the prefix.
   */
  String failure() {
    assertTrue(exit != 0, () -> "expected a failure, got exit 0\nstdout:\n" + out);
    List<String> lines = err.lines().toList();
    assertEquals(1, lines.size(), () -> "expected exactly one line on stderr, got:\n" + err);
    assertTrue(lines.get(0).startsWith("FAILED: "), () -> "expected 'FAILED: ...', got: " + lines.get(0));
    assertEquals(Main.FAILURE, exit, "exit code of a failure");
    return lines.get(0).substring("FAILED: ".length());
  }

  /**
   * Asserts the usage-error contract: exit 2, nothing on stdout, picocli's message on the first line
   * of stderr (the usage follows it), and no stack trace. Returns that first line.
   */
  String usageError() {
    assertEquals(CommandLine.ExitCode.USAGE, exit, () -> "expected a usage error, got exit " + exit + "\nstdout:\n" + out + "\nstderr:\n" + err);
    assertEquals("", out, "stdout of a usage error");
    List<String> lines = err.lines().toList();
    assertTrue(!lines.isEmpty() && !lines.get(0).isBlank(), () -> "expected picocli's message, got:\n" + err);
    assertTrue(lines.stream().noneMatch(line -> line.startsWith("\tat ") || line.startsWith("FAILED: ")),
        () -> "a usage error is no failure and has no stack trace:\n" + err);
    return lines.get(0);
  }

  /**
   * Asserts a failure whose {@code FAILED:} line is followed by the compiler's errors, each indented
   * on a line of its own; returns those lines, without the indent.
   */
  List<String> compilerErrors() {
    assertEquals(Main.FAILURE, exit, () -> "expected a failure, got exit " + exit + "\nstdout:\n" + out);
    List<String> lines = err.lines().toList();
    assertTrue(lines.size() > 1 && lines.get(0).startsWith("FAILED: "), () -> "expected 'FAILED: ...' and errors, got:\n" + err);
    lines.subList(1, lines.size()).forEach(line -> assertTrue(line.startsWith("  "), () -> "not indented: " + line));
    return lines.subList(1, lines.size()).stream().map(String::strip).toList();
  }
}
