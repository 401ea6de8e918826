package io.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code retort validate} on a real database: clean after an upgrade; one line per problem, exit 1
 * and one {@code FAILED:} line when applied revisions were edited or the database is at a revision
 * the project lacks; nothing changed by it.
 */
class ValidateCommandTest {
  @TempDir
  Path tmp;

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.Kind.class)
  void everyProblemOnALineOfItsOwn(TestDatabase.Kind kind) throws Exception {
    try (ProjectDatabase database = ProjectDatabase.create(kind, tmp)) {
      TestProject project = TestProject.create(tmp.resolve("project")).addChain().database(database);
      project.run("upgrade", "head").succeeded();
      assertEquals(List.of("No problems found: the applied revisions are this project's, as they were applied."),
          project.run("validate").succeeded().outLines());

      edit(project.sourceOf("1111aaaa0001"), "op.createTable(\"products\"", "op.createTable(\"products_renamed\"");
      edit(project.sourceOf("2222bbbb0002"), "column(\"description\", text())", "column(\"summary\", text())");
      CliResult edited = project.run("validate");
      assertEquals("Validation found problems (2); each is listed above with what to do", edited.failure());
      List<String> lines = edited.outLines();
      assertEquals(2, lines.size(), edited::out);
      assertEquals(true, lines.get(0).startsWith("Revision 1111aaaa0001 (Create products) was edited after it was applied"),
          lines.get(0));
      assertEquals(true, lines.get(1).startsWith("Revision 2222bbbb0002 (Add product description) was edited after it was "
          + "applied"), lines.get(1));
      // check (and autogenerate) validate first, as upgrade does: they stop at the first problem
      String check = project.run("check").failure();
      assertTrue(check.startsWith("Revision 1111aaaa0001 (Create products) was edited after it was applied"), check);
      assertTrue(check.endsWith(" (and 1 more problem(s): 'retort validate' lists them all)"), check);

      Files.delete(project.sourceOf("3333cccc0003"));
      CliResult unknown = project.run("validate");
      assertEquals("Validation found problems (1); each is listed above with what to do", unknown.failure());
      assertEquals(List.of("The database is at revision 3333cccc0003, which is not among the revisions of this project: restore "
          + "its file, or if it was removed on purpose, 'retort stamp' the database to a known revision"), unknown.outLines());
    }
  }

  private static void edit(Path source, String from, String to) throws Exception {
    String text = Files.readString(source);
    if (!text.contains(from)) {
      throw new AssertionError(source + " has no '" + from + "'");
    }
    Files.writeString(source, text.replace(from, to));
    Files.setLastModifiedTime(source, FileTime.fromMillis(System.currentTimeMillis() + 2000));
  }
}
