package io.retort.autogen.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.hibernate.MappingException;
import org.junit.jupiter.api.Test;

/** Finding the class a Hibernate message is about, and composing the reason. */
class MappingFailureTest {
  private static final MappedClasses CLASSES = new MappedClasses(
      List.of("com.example.Order", "com.example.OrderLine", "com.example.sub.Order"), List.of("com.example.Money"),
      List.of(), List.of());

  @Test
  void aQualifiedNameIsMatchedWhole() {
    assertEquals(Optional.of("com.example.OrderLine"),
        MappingFailure.culprit("Property 'com.example.OrderLine.quantity' has no type", CLASSES));
    assertEquals(Optional.of("com.example.Order"),
        MappingFailure.culprit("Entity 'com.example.Order' has no identifier", CLASSES));
    assertEquals(Optional.of("com.example.sub.Order"),
        MappingFailure.culprit("Entity 'com.example.sub.Order' has no identifier", CLASSES));
  }

  @Test
  void theFirstMentionedClassIsTheCulprit() {
    assertEquals(Optional.of("com.example.OrderLine"),
        MappingFailure.culprit("com.example.OrderLine.order refers to an unknown entity com.example.Order", CLASSES));
  }

  @Test
  void aQuotedSimpleNameIsTheEntityName() {
    assertEquals(Optional.of("com.example.Money"), MappingFailure.culprit("Could not determine type of 'Money'", CLASSES));
    assertEquals(Optional.empty(), MappingFailure.culprit("Unable to build Hibernate SessionFactory", CLASSES));
  }

  @Test
  void theReasonCollectsCausesThatAddSomething() {
    MappingException failure = new MappingException("Could not create column 'x'",
        new IllegalArgumentException("Unknown type code 1234", new MappingException("Could not create column 'x'")));
    assertEquals("Could not create column 'x': Unknown type code 1234", MappingFailure.reason(failure));
  }

  @Test
  void aMissingLibraryClassIsNamedWithItsErrorType() {
    assertEquals("Cannot map the entities of packages [com.example]: java.lang.NoClassDefFoundError: org/joda/money/Money",
        MappingFailure.explain(new NoClassDefFoundError("org/joda/money/Money"), CLASSES, List.of("com.example")).getMessage());
  }

  @Test
  void failuresWithoutAClassNameNameThePackages() {
    assertEquals("Cannot map the entities of packages [com.example]: Duplicate table name",
        MappingFailure.explain(new MappingException("Duplicate table name"), CLASSES, List.of("com.example")).getMessage());
  }
}
