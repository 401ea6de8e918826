package io.retort.cli;

import io.retort.autogen.script.CompilationFailure;
import io.retort.autogen.Timings;
import io.retort.runtime.RetortException;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The {@code retort} command line. {@link #run} runs one command in-process and returns its exit
 * code: 0 on success, 1 on a failure (one {@code FAILED: ...} line on standard error; the stack
 * trace too with {@code --debug}), 2 on a usage error (picocli's message and the usage).
 *
 * <p>As a process ({@link #main}) it also handles signals ({@link Interrupts}): on SIGINT (Ctrl-C)
 * or SIGTERM a running {@code upgrade}, {@code downgrade} or {@code stamp} cancels its statement,
 * rolls back where the database can and releases the migration lock, prints one
 * {@code FAILED: Interrupted (SIGINT) ...} line saying what state the database is in, and exits
 * 130 for SIGINT, 143 for SIGTERM (128 + the signal's number, as shells report it). Other commands
 * print {@code FAILED: Interrupted (SIGINT)} and exit at once with the same codes. A second signal
 * exits at once.
 */
public final class Main {
  /** Exit code of a command that failed. */
  public static final int FAILURE = 1;
  /** Exit code after SIGINT (Ctrl-C). */
  public static final int INTERRUPTED = 130;
  /** Exit code after SIGTERM. */
  public static final int TERMINATED = 143;

  private Main() {
  }

  public static void main(String[] args) {
    Timings.started();
    PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    Interrupts interrupts = Interrupts.install(err);
    int exit = run(args, out, err, Path.of("").toAbsolutePath(), System.getenv(), interrupts);
    out.flush();
    Optional<Interrupts.Received> signal = interrupts.received();
    if (signal.isPresent()) {
      if (interrupts.claimFailureLine()) {
        err.println("FAILED: Interrupted (" + signal.get().signal() + ") as the command finished; what it printed was done");
      }
      exit = signal.get().exitCode();
    }
    Timings.report(err);
    err.flush();
    System.exit(exit);
  }

  /**
   * Runs one command.
   *
   * @param args the arguments after {@code retort}
   * @param out where results go (UTF-8 in {@link #main})
   * @param err where the {@code FAILED:} line and usage errors go
   * @param workingDirectory what relative paths are relative to
   * @param environment the environment the command sees ({@code DATABASE_URL}, {@code MAVEN_CMD}, ...)
   * @return the exit code
   */
  public static int run(String[] args, PrintStream out, PrintStream err, Path workingDirectory, Map<String, String> environment) {
    return run(args, out, err, workingDirectory, environment, Interrupts.none(err));
  }

  static int run(String[] args, PrintStream out, PrintStream err, Path workingDirectory, Map<String, String> environment,
      Interrupts interrupts) {
    RetortCommand root = new RetortCommand(new Invocation(out, err, workingDirectory, environment, interrupts));
    CommandLine commandLine = new CommandLine(root)
        .setOut(new PrintWriter(new PrintStreamWriter(out), true))
        .setErr(new PrintWriter(new PrintStreamWriter(err), true))
        .setExecutionExceptionHandler(new FailureHandler(root));
    try {
      return commandLine.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** Turns an exception from a command into the one {@code FAILED:} line (and the stack trace with {@code --debug}). */
  private record FailureHandler(RetortCommand root) implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
      PrintStream err = root.invocation().err();
      Interrupts interrupts = root.invocation().interrupts();
      if (!interrupts.claimFailureLine()) {
        return FAILURE; // a second signal is ending the process and printed the line
      }
      if (root.debug()) {
        exception.printStackTrace(err);
      }
      String message = oneLine(describe(exception));
      Optional<Interrupts.Received> signal = interrupts.received();
      if (signal.isPresent() && !message.startsWith("Interrupted")) {
        message = "Interrupted (" + signal.get().signal() + "): " + message;
      }
      err.println("FAILED: " + message);
      compilationFailure(exception).ifPresent(failure -> failure.shownDiagnostics().forEach(line -> err.println("  " + line)));
      return FAILURE;
    }

    /** The compiler errors behind a failure, printed under the {@code FAILED:} line, file and line first. */
    private static Optional<CompilationFailure> compilationFailure(Throwable exception) {
      for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
        if (cause instanceof CompilationFailure failure) {
          return Optional.of(failure);
        }
      }
      return Optional.empty();
    }

    private static String describe(Exception exception) {
      if (exception instanceof RetortException) {
        return String.valueOf(exception.getMessage());
      }
      return exception.getMessage() == null ? exception.getClass().getName()
          : exception.getClass().getName() + ": " + exception.getMessage();
    }

    private static String oneLine(String message) {
      return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
  }

  /** Lets picocli's help and usage text go through a {@link PrintStream} in that stream's own encoding. */
  private static final class PrintStreamWriter extends Writer {
    private final PrintStream stream;

    PrintStreamWriter(PrintStream stream) {
      this.stream = stream;
    }

    @Override
    public void write(char[] buffer, int offset, int length) {
      stream.print(new String(buffer, offset, length));
    }

    @Override
    public void flush() {
      stream.flush();
    }

    @Override
    public void close() {
      stream.flush();
    }
  }
}
