package io.retort.autogen.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.autogen.render.RevisionSpec.Step;
import io.retort.runtime.api.Revision;
import io.retort.runtime.ops.Operation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each case of {@link RevisionSpecs} renders exactly to its golden file
 * ({@code src/test/resources/golden/render/<case>.java.txt}), and each golden file compiles without
 * a warning, carries the spec in its {@code @Revision}, and records the spec's operations again when
 * run: operations to Java and back to the same operations.
 *
 * <p>After an intended change of the output, regenerate the files with
 * {@code mvn test -pl autogen -Dtest=RevisionWriterGoldenTest -Dretort.golden.update=true} and review the diff.
 */
class RevisionWriterGoldenTest {
  private static final Path GOLDEN_SOURCES = Path.of("src/test/resources/golden/render");

  static Stream<Arguments> cases() {
    return RevisionSpecs.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rendersTheGoldenFile(String name, RevisionSpec spec) throws IOException {
    String rendered = new RevisionWriter().render(spec);
    if (Boolean.getBoolean("retort.golden.update")) {
      Files.writeString(GOLDEN_SOURCES.resolve(name + ".java.txt"), rendered, StandardCharsets.UTF_8);
    }
    assertEquals(golden(name), rendered);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void goldenFileCompilesAndRecordsTheSameOperations(String name, RevisionSpec spec, @TempDir Path workDir)
      throws IOException {
    String className = new RevisionWriter().className(spec.id(), spec.message());
    Class<?> revision = RevisionCompiler.compile(workDir, spec.packageName(), className, golden(name));

    Revision header = revision.getAnnotation(Revision.class);
    assertNotNull(header, "no @Revision on " + className);
    assertEquals(spec.id(), header.id());
    assertArrayEquals(spec.revises().toArray(), header.revises());
    assertEquals(spec.message(), header.message());
    assertArrayEquals(spec.branchLabels().toArray(), header.branchLabels());
    assertArrayEquals(spec.dependsOn().toArray(), header.dependsOn());
    assertEquals("2026-02-05 10:00:00", header.createDate());

    assertEquals(operations(spec.upgrade()), RevisionCompiler.recordUpgrade(revision));
    assertEquals(operations(spec.downgrade()), RevisionCompiler.recordDowngrade(revision));
  }

  private static List<Operation> operations(List<Step> steps) {
    return steps.stream().map(Step::operation).toList();
  }

  /** Read from the source folder (the module directory is the working directory), so an update is seen at once. */
  private static String golden(String name) throws IOException {
    Path file = GOLDEN_SOURCES.resolve(name + ".java.txt");
    assertTrue(Files.isRegularFile(file),
        "no golden file " + file.toAbsolutePath() + "; create it with -Dretort.golden.update=true and review it");
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
