package io.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.testing.TestDatabase;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs of Retort in one project never interfere: eight command-line processes started together
 * right after a revision was added all find the revisions compiled whole (one compiles while the
 * others wait), where before one of them could read the versions folder's classes half-written
 * ("revises ..., which does not exist").
 */
class ConcurrentRunsTest {
  private static final int PROCESSES = 8;

  @TempDir
  Path tmp;

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.Kind.class)
  void eightProcessesAfterARevisionWasAdded(TestDatabase.Kind kind) throws Exception {
    try (ProjectDatabase database = ProjectDatabase.create(kind, tmp)) {
      TestProject project = TestProject.create(tmp.resolve("project"))
          .add("R1111aaaa0001_create_products", "R2222bbbb0002_add_product_description").database(database);
      assertEquals(2, project.run("history").succeeded().outLines().size(), "compiled once, with two revisions");
      project.add("R3333cccc0003_create_categories");

      // H2 is embedded: one process at a time owns its file, so there the processes only read the graph
      List<String> command = kind == TestDatabase.Kind.H2 ? List.of("history") : List.of("upgrade", "head");
      List<Process> processes = new ArrayList<>();
      for (int i = 0; i < PROCESSES; i++) {
        processes.add(start(project.directory(), database, command, tmp.resolve("run-" + i + ".txt")));
      }
      for (int i = 0; i < PROCESSES; i++) {
        Process process = processes.get(i);
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "process " + i + " did not finish");
        String output = Files.readString(tmp.resolve("run-" + i + ".txt"), StandardCharsets.UTF_8);
        String name = "process " + i;
        assertEquals(0, process.exitValue(), () -> name + " failed:\n" + output);
        if (kind == TestDatabase.Kind.H2) {
          assertTrue(output.startsWith("2222bbbb0002 -> 3333cccc0003 (head), Create categories"), output);
        }
      }
      if (kind != TestDatabase.Kind.H2) {
        assertEquals(List.of("3333cccc0003 (head)"), project.run("current").succeeded().outLines());
      }
    }
  }

  /** {@code retort COMMAND} as a process of its own, in the project, its output into {@code log}. */
  private static Process start(Path directory, ProjectDatabase database, List<String> command, Path log) throws Exception {
    List<String> arguments = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    arguments.addAll(command);
    ProcessBuilder builder = new ProcessBuilder(arguments).directory(directory.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    builder.environment().putAll(database.environment());
    return builder.start();
  }
}
