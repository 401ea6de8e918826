package io.retort.spring;

import io.retort.runtime.testing.TestDatabase;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The databases a test runs on, named with the Spring Boot version ("POSTGRESQL on Spring Boot
 * 4.0.7"): CI counts each database's tests by display name, and the same tests run on Boot 3.5.
 */
final class Databases {
  private Databases() {
  }

  static Stream<Arguments> all() {
    return Stream.of(TestDatabase.Kind.values()).map(kind -> Arguments.of(Named.of(kind + " on " + ShopApp.BOOT, kind)));
  }
}
