package io.retort.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What one run of the command line is given: where to print, the directory it runs in, and the
 * environment ({@code DATABASE_URL}, {@code MAVEN_CMD}, ...). Tests pass their own, so the CLI runs
 * in-process without touching {@code System.out} or {@code System.getenv()}.
 *
 * @param out results and progress; with {@code --sql}, the script and nothing else
 * @param err the {@code FAILED:} line, warnings, usage errors
 * @param workingDirectory relative paths on the command line are relative to it
 * @param environment the environment variables the command sees
 * @param interrupts SIGINT/SIGTERM handling of the process ({@link Interrupts#none} in-process)
 */
public record Invocation(PrintStream out, PrintStream err, Path workingDirectory, Map<String, String> environment,
    Interrupts interrupts) {
  public Invocation {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    Objects.requireNonNull(interrupts, "interrupts");
    workingDirectory = workingDirectory.toAbsolutePath().normalize();
    environment = Map.copyOf(environment);
  }

  /** A path typed on the command line, made absolute against the working directory. */
  public Path resolve(Path path) {
    return workingDirectory.resolve(path).toAbsolutePath().normalize();
  }
}
