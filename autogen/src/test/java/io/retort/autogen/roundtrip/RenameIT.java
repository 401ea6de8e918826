package io.retort.autogen.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.autogen.compare.Comparison;
import io.retort.autogen.compare.RenameProposal;
import io.retort.runtime.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A renamed column or table is never silently a drop and an add: it is proposed, and once
 * confirmed (on the command line or by a {@code @RenamedFrom} hint on the entity) it is one rename,
 * and the data survives, both ways.
 */
class RenameIT {
  private static final String V1 = "io.retort.autogen.testentities.rename.v1";
  private static final String V2 = "io.retort.autogen.testentities.rename.v2";
  private static final String HINTED = "io.retort.autogen.testentities.rename.hinted";

  private static String headline(TestDatabase db, String table, String column) throws Exception {
    try (Connection c = db.connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT " + column + " FROM " + table + " WHERE id = 1")) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static void seed(TestDatabase db) throws Exception {
    try (Connection c = db.connect(); Statement s = c.createStatement()) {
      s.execute("INSERT INTO articles (id, title, body) VALUES (1, 'Hello', 'First post')");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void aSimilarColumnIsProposedAndTheConfirmedRenameKeepsTheData(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind); AutogenHarness harness = new AutogenHarness(db, dir)) {
      harness.writeRevision(harness.compare(V1, Map.of()), "Create articles");
      harness.migrator().upgrade("head");
      seed(db);

      Comparison unconfirmed = harness.compare(V2, Map.of());
      assertEquals(List.of(RenameProposal.column("articles", "title", "headline", unconfirmed.proposals().get(0).reason())),
          unconfirmed.proposals());
      assertTrue(unconfirmed.proposals().get(0).message().endsWith("confirm with --rename articles.title=headline"),
          unconfirmed.proposals().get(0).message());

      Comparison confirmed = harness.compare(V2, Map.of("articles.title", "headline"));
      assertEquals(List.of("Detected renamed column 'articles.title' to 'headline'"), confirmed.detectedLines());
      String source = harness.writeRevision(confirmed, "Rename title");
      assertTrue(source.contains("op.alterColumn(\"articles\", \"title\""), source);
      harness.migrator().upgrade("head");
      assertEquals("Hello", headline(db, "articles", "headline"));
      AutogenHarness.assertNoChanges(harness.compare(V2, Map.of()), "after the rename");

      harness.migrator().downgrade("-1");
      assertEquals("Hello", headline(db, "articles", "title"));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void renamedFromHintsOnTheEntityConfirmTableAndColumnRenames(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind); AutogenHarness harness = new AutogenHarness(db, dir)) {
      harness.writeRevision(harness.compare(V1, Map.of()), "Create articles");
      harness.migrator().upgrade("head");
      seed(db);

      Comparison hinted = harness.compare(HINTED, Map.of());
      assertEquals(List.of("Detected renamed table 'articles' to 'posts'", "Detected renamed column 'posts.title' to 'headline'"),
          hinted.detectedLines());
      assertEquals(List.of(), hinted.proposals());
      harness.writeRevision(hinted, "Rename articles to posts");
      harness.migrator().upgrade("head");
      assertEquals("Hello", headline(db, "posts", "headline"));
      Comparison after = harness.compare(HINTED, Map.of());
      AutogenHarness.assertNoChanges(after, "after the hinted renames (the hints stay on the entity)");

      harness.migrator().downgrade("-1");
      assertEquals("Hello", headline(db, "articles", "title"));
    }
  }
}
