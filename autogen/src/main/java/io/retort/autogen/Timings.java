package io.retort.autogen;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Where a command's time goes, when {@code RETORT_TIMINGS} is set in the environment: the JVM's own
 * start until Retort's first line runs, then each phase a command goes through (config, classpath,
 * compiling revisions, the revision graph, the database, the entity comparison), printed to standard
 * error when the command ends. Costs nothing when off. The start-up benchmark reads it.
 */
public final class Timings {
  private static final boolean ON = System.getenv("RETORT_TIMINGS") != null;
  private static final List<String> PHASES = new ArrayList<>();
  private static long mainStartedMillis;

  private Timings() {
  }

  /** Marks the start of Retort's own code (the command line's {@code main}). */
  public static void started() {
    if (ON && mainStartedMillis == 0) {
      mainStartedMillis = System.currentTimeMillis();
      long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
      PHASES.add("from the JVM's start " + (mainStartedMillis - jvmStart) + " ms");
    }
  }

  /** Runs one phase, and records how long it took. */
  public static <T> T time(String phase, Supplier<T> work) {
    if (!ON) {
      return work.get();
    }
    long start = System.nanoTime();
    try {
      return work.get();
    } finally {
      synchronized (PHASES) {
        PHASES.add(phase + " " + (System.nanoTime() - start) / 1_000_000 + " ms");
      }
    }
  }

  /** Prints the phases recorded, and the whole, on one line; nothing when off. */
  public static void report(PrintStream err) {
    if (!ON || mainStartedMillis == 0) {
      return;
    }
    long total = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    synchronized (PHASES) {
      err.println("retort timings: " + String.join(", ", PHASES) + "; total " + total + " ms");
    }
  }
}
