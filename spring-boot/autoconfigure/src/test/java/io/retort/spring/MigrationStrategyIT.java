package io.retort.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.api.Retort;
import io.retort.runtime.testing.TestDatabase;
import io.retort.spring.test.ValidateOnlyConfiguration;
import io.retort.spring.test.shop.CategoryRepository;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** A RetortMigrationStrategy bean replaces the upgrade: here one that only validates. */
@ExtendWith(OutputCaptureExtension.class)
class MigrationStrategyIT {

  @ParameterizedTest
  @MethodSource("io.retort.spring.Databases#all")
  void aValidateOnlyStrategyStopsTheStartWhileRevisionsArePendingAndChangesNothing(TestDatabase.Kind kind, CapturedOutput output)
      throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Throwable failure = assertThrows(Throwable.class,
          () -> ShopApp.on(db).source(ValidateOnlyConfiguration.class).start().close());
      String expected = "The database is at base (no revision applied) and target head needs 2 revisions that are not applied "
          + "(c00000000001 Create categories, c00000000002 Create products); this application only validates at start-up "
          + "(its RetortMigrationStrategy): upgrade the database first, e.g. 'retort upgrade head'";
      assertEquals(expected, StartupFailureIT.retortCause(failure).getMessage());
      assertEquals(expected, StartupFailureIT.description(output));
      assertFalse(ShopApp.tableExists(db, "retort_version"), "validating wrote nothing");

      // upgraded by someone else (the command line, a deployment step): now the application starts
      Retort.with(db.url(), db.user(), db.password()).migrationsPackage(ShopApp.MIGRATIONS).upgrade("head");
      try (ConfigurableApplicationContext app = ShopApp.on(db).source(ValidateOnlyConfiguration.class).start()) {
        assertEquals(1, app.getBean(CategoryRepository.class).count());
      }

      // an applied revision edited since: refused too
      ShopApp.execute(db, "UPDATE retort_version_checksums SET checksum = 'edited' WHERE revision_id = 'c00000000001'");
      Throwable edited = assertThrows(Throwable.class, () -> ShopApp.on(db).source(ValidateOnlyConfiguration.class).start().close());
      assertTrue(StartupFailureIT.retortCause(edited).getMessage().startsWith(
          "Revision c00000000001 (Create categories) was edited after it was applied"), edited.toString());
    }
  }
}
