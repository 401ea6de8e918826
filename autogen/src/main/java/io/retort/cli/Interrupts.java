package io.retort.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import sun.misc.Signal;

/**
 * SIGINT (Ctrl-C) and SIGTERM for the command line. Without them the JVM would exit at once, and a
 * PostgreSQL server would keep running the statement and holding the migration lock after the client
 * was gone. A signal handler, not a shutdown hook: a hook cannot choose the exit code, and the main
 * thread must get the chance to roll back and release the lock before the JVM exits.
 *
 * <p>While a migration runs ({@link #whileRunning}), the first signal asks it to stop (the migrator
 * cancels the running statement and fails as if it had failed, saying what state the database is in);
 * the main thread then prints the one {@code FAILED: Interrupted ...} line and {@link Main} exits 130
 * (SIGINT) or 143 (SIGTERM). If it has not stopped within {@link #GRACE}, or on a second signal, the
 * process exits at once; the database ends the session, which rolls back what it had not committed and
 * frees the lock. With nothing to stop (read-only commands, or before a migration started), the
 * first signal prints {@code FAILED: Interrupted (SIGINT)} and exits at once.
 */
public final class Interrupts {
  /** How long the command gets to roll back and release the lock after the first signal. */
  static final Duration GRACE = Duration.ofSeconds(15);

  /** A signal that arrived, and the exit code it gives: 128 + its number, as shells report it. */
  record Received(String signal, int exitCode) {
  }

  private final PrintStream err;
  private final AtomicBoolean failureLinePrinted = new AtomicBoolean();
  private volatile Consumer<String> stop;
  private volatile Received received;

  private Interrupts(PrintStream err) {
    this.err = err;
  }

  /** For in-process runs (tests, the Maven plugin): no handler is installed, nothing is ever received. */
  static Interrupts none(PrintStream err) {
    return new Interrupts(err);
  }

  /** Handles SIGINT and SIGTERM in this process from now on, printing on {@code err}. */
  static Interrupts install(PrintStream err) {
    Interrupts interrupts = new Interrupts(err);
    interrupts.handle("INT", 130);
    interrupts.handle("TERM", 143);
    return interrupts;
  }

  private void handle(String name, int exitCode) {
    try {
      Signal.handle(new Signal(name), signal -> received(new Received("SIG" + name, exitCode)));
    } catch (IllegalArgumentException e) {
      // the platform does not have this signal (or the JVM keeps it, as with -Xrs): its default stays
    }
  }

  /** Runs {@code work}; a signal meanwhile calls {@code interrupt} with the signal's name (e.g. {@code Migrator::interrupt}). */
  <T> T whileRunning(Consumer<String> interrupt, Supplier<T> work) {
    stop = interrupt;
    try {
      Received already = received;
      if (already != null) {
        interrupt.accept(already.signal());
      }
      return work.get();
    } finally {
      stop = null;
    }
  }

  /** The signal received, if any. */
  Optional<Received> received() {
    return Optional.ofNullable(received);
  }

  /**
   * Claims the one {@code FAILED:} line of this run: true for the first caller only, so a failure
   * that races with the exit on a second signal still prints one line.
   */
  boolean claimFailureLine() {
    return failureLinePrinted.compareAndSet(false, true);
  }

  private synchronized void received(Received signal) {
    if (received != null) {
      exitNow(received.exitCode(), "Interrupted (" + received.signal() + ") and then " + signal.signal()
          + " again: exiting without waiting for the command to stop; the database rolls back what it had not committed");
      return;
    }
    received = signal;
    Consumer<String> running = stop;
    if (running == null) {
      exitNow(signal.exitCode(), "Interrupted (" + signal.signal() + ")");
      return;
    }
    running.accept(signal.signal());
    Thread watchdog = new Thread(() -> {
      try {
        Thread.sleep(GRACE.toMillis());
      } catch (InterruptedException e) {
        return;
      }
      exitNow(signal.exitCode(), "Interrupted (" + signal.signal() + "): the command did not stop within " + GRACE.toSeconds()
          + " s; exiting without waiting for it, the database rolls back what it had not committed");
    }, "retort-interrupt-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
  }

  private void exitNow(int exitCode, String message) {
    if (claimFailureLine()) {
      err.println("FAILED: " + message);
    }
    err.flush();
    Runtime.getRuntime().halt(exitCode);
  }
}
