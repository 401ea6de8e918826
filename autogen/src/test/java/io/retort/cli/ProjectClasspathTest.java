package io.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project classpath: revisions compile and run against the project's own classes, found
 * through {@code --classpath}, through Maven (here a stand-in named by {@code MAVEN_CMD}), or in
 * {@code target/classes}.
 */
class ProjectClasspathTest {
  private static final String REVISION = """
      package shop.migrations;

      import io.retort.runtime.api.Migration;
      import io.retort.runtime.api.Operations;
      import io.retort.runtime.api.Revision;
      import shop.model.Tables;

      @Revision(id = "aaaa00000001", message = "Uses a project class")
      public final class Raaaa00000001_uses_a_project_class implements Migration {
        @Override
        public void upgrade(Operations op) {
          op.execute("SELECT 1 FROM " + Tables.PRODUCTS);
        }

        @Override
        public void downgrade(Operations op) {
        }
      }
      """;

  @TempDir
  Path tmp;

  private TestProject project;
  private Path modelClasses;

  @BeforeEach
  void projectWithARevisionThatNeedsAProjectClass() throws Exception {
    project = TestProject.create(tmp.resolve("project"));
    TestProject.write(project.versions().resolve("Raaaa00000001_uses_a_project_class.java"), REVISION);
    modelClasses = compileModel(tmp.resolve("model"));
  }

  @Test
  void withoutTheProjectClassesTheRevisionDoesNotCompile() {
    CliResult result = project.run("history");
    List<String> errors = result.compilerErrors();
    String failure = result.err().lines().findFirst().orElseThrow();
    assertTrue(failure.startsWith("FAILED: Revision source src/main/java/shop/migrations/Raaaa00000001_uses_a_project_class.java:"),
        failure);
    assertTrue(failure.contains("does not compile: package shop.model does not exist (and 1 more error)"), failure);
    assertEquals(2, errors.size(), errors::toString);
    assertTrue(errors.get(0).matches("src/main/java/shop/migrations/Raaaa00000001_uses_a_project_class\\.java:\\d+: "
        + "package shop\\.model does not exist"), errors.get(0));
    assertTrue(errors.get(1).endsWith(": cannot find symbol"), errors.get(1));
  }

  @Test
  void classpathOptionProvidesTheProjectClasses() {
    assertEquals(List.of("<base> -> aaaa00000001 (head), Uses a project class"),
        project.run("history", "--classpath", modelClasses.toString()).succeeded().outLines());
    assertTrue(project.run("history", "--classpath", tmp.resolve("missing").toString()).failure()
        .startsWith("--classpath entry " + tmp.resolve("missing") + " does not exist"));
  }

  @Test
  void targetClassesOfAProjectWithoutPomIsUsed() throws Exception {
    copyTree(modelClasses, project.directory().resolve("target/classes"));
    assertEquals(1, project.run("history").succeeded().outLines().size());
  }

  @Test
  void mavenProjectIsCompiledAndItsClasspathUsed() throws Exception {
    Files.writeString(project.directory().resolve("pom.xml"), "<project/>");
    Path arguments = tmp.resolve("maven-arguments.txt");
    Path maven = script(tmp.resolve("fake-mvn"), """
        #!/bin/sh
        echo "$@" > '%s'
        mkdir -p target/classes
        printf '%%s' '%s' > target/retort.classpath
        """.formatted(arguments, modelClasses + File.pathSeparator + tmp.resolve("other.jar")));
    project.env("MAVEN_CMD", maven.toString());

    assertEquals(1, project.run("history").succeeded().outLines().size());
    assertEquals("-B -q compile dependency:build-classpath -Dmdep.outputFile=target/retort.classpath -Dmdep.includeScope=runtime",
        Files.readString(arguments).trim());
  }

  @Test
  void mavenFailureIsOneLineWithMavensFirstError() throws Exception {
    Files.writeString(project.directory().resolve("pom.xml"), "<project/>");
    Path maven = script(tmp.resolve("failing-mvn"), """
        #!/bin/sh
        echo "[INFO] Scanning for projects..."
        echo "[ERROR] COMPILATION ERROR : Product.java:[3,8] cannot find symbol"
        echo "[ERROR] -> [Help 1]"
        exit 1
        """);
    project.env("MAVEN_CMD", maven.toString());

    String failure = project.run("history").failure();
    assertEquals("Maven could not build the project in " + project.directory() + " (exit 1): [ERROR] COMPILATION ERROR : "
        + "Product.java:[3,8] cannot find symbol; fix the build, or pass --classpath with the project's compiled classes and "
        + "libraries", failure);

    String missing = project.env("MAVEN_CMD", tmp.resolve("no-such-mvn").toString()).run("history").failure();
    assertTrue(missing.startsWith("Cannot run Maven ('" + tmp.resolve("no-such-mvn") + "')"), missing);
    assertTrue(missing.endsWith("install Maven, set MAVEN_CMD, or pass --classpath"), missing);
  }

  @Test
  void projectThatDoesNotCompileShowsTheCompilersErrorsWithFileAndLine() throws Exception {
    Files.writeString(project.directory().resolve("pom.xml"), "<project/>");
    Path product = project.directory().resolve("src/main/java/shop/model/Product.java");
    StringBuilder errors = new StringBuilder();
    for (int line = 1; line <= 7; line++) {
      errors.append("echo \"[ERROR] %s:[%d,8] cannot find symbol\"\n".formatted(product, line * 10));
    }
    Path maven = script(tmp.resolve("failing-mvn"), """
        #!/bin/sh
        echo "[ERROR] COMPILATION ERROR : "
        %s
        echo "  symbol:   class Strin"
        echo "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.14.1:compile: Compilation failure"
        %s
        exit 1
        """.formatted(errors, errors));
    project.env("MAVEN_CMD", maven.toString());

    CliResult result = project.run("history");
    assertEquals(List.of(
        "src/main/java/shop/model/Product.java:10: cannot find symbol",
        "src/main/java/shop/model/Product.java:20: cannot find symbol",
        "src/main/java/shop/model/Product.java:30: cannot find symbol",
        "src/main/java/shop/model/Product.java:40: cannot find symbol",
        "src/main/java/shop/model/Product.java:50: cannot find symbol",
        "... and 2 more errors"), result.compilerErrors());
    assertEquals("FAILED: Project source src/main/java/shop/model/Product.java:10 does not compile: cannot find symbol "
        + "(and 6 more errors); fix it and run the command again", result.err().lines().findFirst().orElseThrow());
  }

  @Test
  void mavenRunsOnceAndAgainOnlyWhenAPomOrASourceChanges() throws Exception {
    Path pom = project.directory().resolve("pom.xml");
    Files.writeString(pom, "<project/>");
    Path runs = tmp.resolve("maven-runs.txt");
    Path maven = script(tmp.resolve("counting-mvn"), """
        #!/bin/sh
        echo "$@" >> '%s'
        mkdir -p target/classes/shop/model
        cp '%s' target/classes/shop/model/Tables.class
        printf '%%s' '%s' > target/retort.classpath
        """.formatted(runs, modelClasses.resolve("shop/model/Tables.class"), modelClasses));
    project.env("MAVEN_CMD", maven.toString());
    Path source = project.directory().resolve("src/main/java/shop/model/Tables.java");
    TestProject.write(source, "package shop.model; public final class Tables { public static final String PRODUCTS = \"p\"; }");

    project.run("history").succeeded();
    project.run("heads").succeeded();
    assertEquals(1, Files.readAllLines(runs).size(), "the second command reads the cached classpath");

    TestProject.write(project.versions().resolve("Raaaa00000002_next.java"), REVISION
        .replace("Raaaa00000001_uses_a_project_class", "Raaaa00000002_next").replace("id = \"aaaa00000001\"", "id = \"aaaa00000002\"")
        .replace("message = \"Uses a project class\"", "revises = \"aaaa00000001\", message = \"Next\""));
    project.run("heads").succeeded();
    assertEquals(1, Files.readAllLines(runs).size(), "a new revision is compiled by Retort, not by Maven");

    Files.setLastModifiedTime(source, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
    project.run("heads").succeeded();
    assertEquals("-B -q compile", Files.readAllLines(runs).get(1), "an edited project source is compiled by Maven");

    Files.writeString(pom, "<project><!-- a new dependency --></project>");
    project.run("heads").succeeded();
    assertEquals(3, Files.readAllLines(runs).size(), "a changed pom resolves the classpath again");
    assertTrue(Files.readAllLines(runs).get(2).contains("dependency:build-classpath"));
  }

  @Test
  void deletedRevisionDisappearsAndEditedRevisionIsRecompiled() throws Exception {
    TestProject chain = TestProject.create(tmp.resolve("chain")).addChain();
    assertEquals(3, chain.run("history").succeeded().outLines().size());

    Files.delete(chain.sourceOf("3333cccc0003"));
    assertEquals(List.of("2222bbbb0002 (head)"), chain.run("heads").succeeded().outLines());

    Path second = chain.sourceOf("2222bbbb0002");
    Files.writeString(second, Files.readString(second).replace("\"Add product description\"", "\"Add a description\""));
    Files.setLastModifiedTime(second, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 2000));
    assertEquals("1111aaaa0001 -> 2222bbbb0002 (head), Add a description", chain.run("history").succeeded().outLines().get(0));
  }

  /** Compiles {@code shop.model.Tables} into a fresh directory, as a project build would. */
  private static Path compileModel(Path directory) throws Exception {
    Path source = directory.resolve("src/shop/model/Tables.java");
    TestProject.write(source, """
        package shop.model;

        public final class Tables {
          public static final String PRODUCTS = "products";

          private Tables() {
          }
        }
        """);
    Path classes = directory.resolve("classes");
    Files.createDirectories(classes);
    int exit = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), source.toString());
    assertEquals(0, exit, "javac of the model class");
    return classes;
  }

  private static Path script(Path file, String text) throws Exception {
    Files.writeString(file, text);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    return file;
  }

  private static void copyTree(Path from, Path to) throws Exception {
    try (var files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }
}
