package io.retort.autogen.flyway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a Flyway location by file names, the next version, and the names of new files. */
class FlywayMigrationsTest {
  @TempDir
  Path tmp;

  private Path location() {
    return tmp.resolve("src/main/resources/db/migration");
  }

  private void touch(String relative) throws IOException {
    Path file = location().resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "-- " + relative + "\n");
  }

  private FlywayMigrations scan() {
    return FlywayMigrations.scan(List.of(location()));
  }

  @Test
  void noLocationOrNoMigrationStartsAtOne() throws IOException {
    assertEquals(FlywayVersion.of(1), scan().next(Optional.empty()));
    Files.createDirectories(location());
    touch("R__views.sql");
    touch("README.md");
    assertEquals(FlywayVersion.of(1), scan().next(Optional.empty()));
  }

  @Test
  void nextIsOneWholeVersionAboveTheHighest() throws IOException {
    touch("V1__create_products.sql");
    assertEquals(FlywayVersion.of(2), scan().next(Optional.empty()));
    touch("V1_1__hotfix.sql");
    assertEquals(FlywayVersion.of(2), scan().next(Optional.empty()));
    touch("V2__add_categories.sql");
    touch("V10__add_orders.sql");
    assertEquals(FlywayVersion.of(11), scan().next(Optional.empty()), "10 is above 2 as a number, not as text");
  }

  @Test
  void subfoldersUndoAndBaselineFilesCountAndOtherFilesDoNot() throws IOException {
    touch("V1__create.sql");
    touch("2026/V3_2__nested.sql");
    touch("U4__undo_only.sql");
    touch("B5__baseline.sql");
    touch("V9_create.sql"); // no "__": not a migration name
    touch("Vx__text.sql");
    touch("V12__not_sql.txt");
    touch("R__repeatable.sql");
    FlywayMigrations migrations = scan();
    assertEquals(List.of("V1__create.sql", "V3_2__nested.sql", "U4__undo_only.sql", "B5__baseline.sql"),
        migrations.files().stream().map(FlywayMigrations.File::name).toList());
    assertEquals(List.of("V1__create.sql", "V3_2__nested.sql"), migrations.versioned().stream().map(FlywayMigrations.File::name)
        .toList());
    assertEquals("nested", migrations.versioned().get(1).description());
    assertEquals(FlywayVersion.of(6), migrations.next(Optional.empty()));
  }

  @Test
  void anAppliedVersionAboveTheFilesCounts() throws IOException {
    touch("V1__create.sql");
    assertEquals(FlywayVersion.of(8), scan().next(Optional.of(FlywayVersion.parse("7.1"))), "e.g. a Java migration V7_1");
    assertEquals(FlywayVersion.of(2), scan().next(Optional.of(FlywayVersion.parse("1"))));
  }

  @Test
  void severalLocationsAreReadAndTheFirstIsWhereNewFilesGo() throws IOException {
    Path other = tmp.resolve("sql/more");
    Files.createDirectories(other);
    Files.writeString(other.resolve("V4__elsewhere.sql"), "");
    touch("V2__here.sql");
    FlywayMigrations migrations = FlywayMigrations.scan(List.of(location(), other));
    assertEquals(location(), migrations.target());
    assertEquals(FlywayVersion.of(5), migrations.next(Optional.empty()));
  }

  @Test
  void fileNamesAreAsciiSlugsWithAFallbackForMessagesWithoutAscii() {
    assertEquals("V2__add_product_description.sql", FlywayMigrations.fileName('V', FlywayVersion.of(2), "Add product description"));
    assertEquals("U2__add_product_description.sql", FlywayMigrations.fileName('U', FlywayVersion.of(2), "Add product description"));
    assertEquals("V3__cafe_menu_v2.sql", FlywayMigrations.fileName('V', FlywayVersion.of(3), "Café menu: v2!\nsecond line"));
    assertEquals("V4__migration.sql", FlywayMigrations.fileName('V', FlywayVersion.of(4), "상품 설명 추가"));
    assertEquals("V1_1__hotfix.sql", FlywayMigrations.fileName('V', FlywayVersion.parse("1.1"), "Hotfix"));
  }
}
