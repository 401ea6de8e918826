package io.retort.runtime.bench;

import io.retort.runtime.api.NamingConvention;
import io.retort.runtime.graph.RevisionGraph;
import io.retort.runtime.graph.RevisionInfo;
import io.retort.runtime.graph.RevisionScanner;
import io.retort.runtime.migrate.Planner;
import io.retort.runtime.migrate.RevisionCode;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.tools.ToolProvider;

/**
 * How long a long history costs per command: scanning N compiled revisions into the graph (from
 * annotations, without running them), planning {@code upgrade head} from base, and computing every
 * revision's checksum (what {@code upgrade} verifies for the applied ones). Not a test: run it with
 * <pre>
 * mvn -q -pl runtime test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.retort.runtime.bench.GraphBenchmark -Dexec.args=1000
 * </pre>
 * It prints min and median of 5 runs after one warm-up, in milliseconds.
 */
public final class GraphBenchmark {
  private static final String PACKAGE = "bench.migrations";

  private GraphBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    int revisions = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    Path dir = Files.createTempDirectory("retort-graph-bench");
    Path classes = compile(dir, revisions);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, GraphBenchmark.class.getClassLoader())) {
      report("scan " + revisions + " revisions into the graph", () -> RevisionScanner.scan(loader, PACKAGE));
      RevisionGraph graph = RevisionScanner.scan(loader, PACKAGE);
      report("plan upgrade head from base", () -> new Planner(graph).upgrade(List.of(), "head"));
      RevisionCode code = new RevisionCode(loader, NamingConvention.DEFAULT);
      report("checksum every revision", () -> {
        for (RevisionInfo revision : graph.inOrder()) {
          code.checksum(revision);
        }
        return null;
      });
    }
  }

  private interface Work {
    Object run() throws Exception;
  }

  private static void report(String what, Work work) throws Exception {
    work.run();
    List<Long> times = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      long start = System.nanoTime();
      work.run();
      times.add((System.nanoTime() - start) / 1_000_000);
    }
    Collections.sort(times);
    System.out.printf(Locale.ROOT, "%-45s min %5d ms  median %5d ms%n", what, times.get(0), times.get(2));
  }

  /** N revisions in a line, each adding a column to one table, compiled once. */
  private static Path compile(Path dir, int count) throws IOException {
    Path sources = Files.createDirectories(dir.resolve("src").resolve(PACKAGE.replace('.', '/')));
    Path classes = Files.createDirectories(dir.resolve("classes"));
    String runtimeClasses;
    try {
      runtimeClasses = Path.of(io.retort.runtime.api.Migration.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-classpath", runtimeClasses));
    for (int i = 1; i <= count; i++) {
      String id = String.format(Locale.ROOT, "%012x", i);
      String revises = i == 1 ? "" : ", revises = \"" + String.format(Locale.ROOT, "%012x", i - 1) + "\"";
      String body = i == 1
          ? "op.createTable(\"items\", column(\"id\", integer()).identity(), primaryKey(\"id\"));"
          : "op.addColumn(\"items\", column(\"c" + i + "\", string(40)).nullable());";
      String source = "package " + PACKAGE + ";\n"
          + "import static io.retort.runtime.api.Columns.*;\n"
          + "import io.retort.runtime.api.*;\n"
          + "@Revision(id = \"" + id + "\"" + revises + ", message = \"Revision " + i + "\")\n"
          + "public final class R" + id + " implements Migration {\n"
          + "  public void upgrade(Operations op) { " + body + " }\n"
          + "  public void downgrade(Operations op) { }\n"
          + "}\n";
      Path file = sources.resolve("R" + id + ".java");
      Files.writeString(file, source);
      args.add(file.toString());
    }
    if (ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new)) != 0) {
      throw new IllegalStateException("benchmark revisions do not compile");
    }
    return classes;
  }
}
