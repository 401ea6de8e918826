package io.retort.autogen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.api.Revision;
import io.retort.runtime.config.FileTemplate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writer with a {@code file_template} and a {@code revision_header} of the user's: the class
 * and file name follow the pattern, the Javadoc follows the template, and the defaults give what
 * the writer always gave (the golden files of {@link RevisionWriterGoldenTest}).
 */
class RevisionWriterTemplatesTest {
  private static final LocalDateTime CREATED = LocalDateTime.of(2026, 3, 7, 9, 5, 2);

  private static RevisionSpec.Builder spec(String message) {
    return RevisionSpec.builder("com.example.migrations", "0123456789ab", message, CREATED);
  }

  @Test
  void theDefaultTemplatesWriteWhatTheWriterAlwaysWrote() {
    RevisionWriter explicit = new RevisionWriter(FileTemplate.parse("R{id}_{slug}"),
        RevisionHeaderTemplate.parse(RevisionHeaderTemplate.DEFAULT_TEXT, "test"));
    for (RevisionSpec spec : RevisionSpecs.all().values()) {
      assertEquals(new RevisionWriter().render(spec), explicit.render(spec), spec.id());
    }
  }

  @Test
  void fileTemplateNamesTheClassAndTheFile(@TempDir Path versions) throws Exception {
    RevisionWriter writer = new RevisionWriter(FileTemplate.parse("V{year}{month}{day}_{hour}{minute}_{id}_{slug}"),
        RevisionHeaderTemplate.DEFAULT);
    RevisionSpec spec = spec("Add stock").revises("ba9876543210").build();

    assertEquals("V20260307_0905_0123456789ab_add_stock", writer.className(spec));
    Path file = writer.write(versions, spec);
    assertEquals(versions.resolve("V20260307_0905_0123456789ab_add_stock.java"), file);
    String source = Files.readString(file);
    assertTrue(source.contains("public final class V20260307_0905_0123456789ab_add_stock implements Migration {"), source);

    Class<?> compiled = RevisionCompiler.compile(versions.resolve("work"), "com.example.migrations", writer.className(spec), source);
    assertEquals("0123456789ab", compiled.getAnnotation(Revision.class).id());
  }

  @Test
  void aMessageWithoutAsciiWordsLeavesNoDanglingUnderscore() {
    RevisionWriter writer = new RevisionWriter(FileTemplate.parse("V{year}_{id}_{slug}"), RevisionHeaderTemplate.DEFAULT);
    assertEquals("V2026_0123456789ab", writer.className(spec("상품 설명 추가").build()));
  }

  @Test
  void aNameWithoutTheSpecNeedsAPatternWithoutDate() {
    assertEquals("R0123456789ab_add_stock", new RevisionWriter().className("0123456789ab", "Add stock"));
    RevisionWriter dated = new RevisionWriter(FileTemplate.parse("V{year}_{id}"), RevisionHeaderTemplate.DEFAULT);
    assertThrows(IllegalStateException.class, () -> dated.className("0123456789ab", "Add stock"));
  }

  @Test
  void headerTemplateFillsEveryPlaceholder(@TempDir Path work) throws Exception {
    RevisionHeaderTemplate header = RevisionHeaderTemplate.parse("""
        {message}

        Ticket: see the pull request of {id}
        Parents: {revises}
        Labels: {branch_labels}
        Needs: {depends_on}
        Written: {create_date}
        Braces that are not placeholders stay: { } {a-b} {{ }}
        """, "test");
    RevisionWriter writer = new RevisionWriter(FileTemplate.DEFAULT, header);
    RevisionSpec spec = spec("Merge stock and prices").revises("aaaaaaaaaaa1", "aaaaaaaaaaa2").branchLabels("stock")
        .dependsOn("bbbbbbbbbbb1").build();

    String source = writer.render(spec);
    assertTrue(source.contains("""
        /**
         * Merge stock and prices
         *
         * Ticket: see the pull request of 0123456789ab
         * Parents: aaaaaaaaaaa1, aaaaaaaaaaa2
         * Labels: stock
         * Needs: bbbbbbbbbbb1
         * Written: 2026-03-07 09:05:02
         * Braces that are not placeholders stay: { } {a-b} {{ }}
         */
        @Revision(
        """), source);
    RevisionCompiler.compile(work, "com.example.migrations", writer.className(spec), source);
  }

  @Test
  void headerStaysSafeInsideJavadocWhateverTheTemplateAndMessageSay(@TempDir Path work) throws Exception {
    RevisionHeaderTemplate header = RevisionHeaderTemplate.parse("Closes early */ here, \\u0041 {message} ({id})\n", "test");
    RevisionWriter writer = new RevisionWriter(FileTemplate.DEFAULT, header);
    RevisionSpec spec = spec("Text with */ and {id} and \\u0042").build();

    String source = writer.render(spec);
    assertTrue(source.contains("""
        /**
         * Closes early *&#47; here, \\u005cu0041 Text with *&#47; and {id} and \\u005cu0042 (0123456789ab)
         */
        """), source);
    Class<?> compiled = RevisionCompiler.compile(work, "com.example.migrations", writer.className(spec), source);
    assertEquals("Text with */ and {id} and \\u0042", compiled.getAnnotation(Revision.class).message());
  }

  @Test
  void aBlankMessageLeavesNoGapAndABlankHeaderNoJavadoc() {
    String source = new RevisionWriter().render(spec("").build());
    assertTrue(source.contains("""
        /**
         * Revision ID: 0123456789ab
         * Revises:
         * Create Date: 2026-03-07 09:05:02
         */
        """), source);

    RevisionWriter silent = new RevisionWriter(FileTemplate.DEFAULT, RevisionHeaderTemplate.parse("{message}\n\n", "test"));
    String bare = silent.render(spec("").build());
    assertTrue(!bare.contains("/**") && bare.contains("\n@Revision("), bare);
  }

  @Test
  void unknownPlaceholdersAreRefused() {
    IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
        () -> RevisionHeaderTemplate.parse("{mesage}\n\nRevision ID: {id}\n", "header.txt"));
    assertEquals("Unknown placeholder {mesage} in header.txt; the placeholders are {message}, {id}, {revises}, "
        + "{create_date}, {branch_labels}, {depends_on}", failure.getMessage());
  }
}
