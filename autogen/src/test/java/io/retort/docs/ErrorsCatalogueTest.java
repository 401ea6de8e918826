package io.retort.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code docs/errors.md} and the tests it names cannot drift apart: every entry has all its fields,
 * names a JUnit test that exists, and that test asserts the catalogued message (its fixed parts, in
 * the test's own source) through {@code CliResult.failure()} (exit 1, one {@code FAILED:} line, so no
 * stack trace) or {@code CliResult.usageError()} (exit 2, no stack trace). The errors the catalogue
 * must cover are all there, and every test of {@code ErrorCasesTest} is catalogued.
 */
class ErrorsCatalogueTest {
  private static final Path CHECKOUT = Workspace.checkout();
  private static final Path PAGE = CHECKOUT.resolve("docs/errors.md");
  private static final Path TEST_SOURCES = CHECKOUT.resolve("autogen/src/test/java");
  /** The class whose tests provoke the catalogued errors one by one. */
  private static final String CASES = "io.retort.cli.ErrorCasesTest";

  /** The errors the catalogue must have (headings, or the start of one). */
  private static final List<String> REQUIRED = List.of("Configuration file missing", "Unknown configuration key",
      "Unreachable database", "Wrong credentials", "Unknown revision", "Ambiguous revision", "Malformed target",
      "Cycle in the revision graph", "Duplicate revision id", "Missing parent revision", "Several heads",
      "Database not at head", "Unmappable entity", "Edited revision", "SQL that fails", "Revision that does not compile",
      "Recorded partial run", "Interrupted (SIGINT, SIGTERM)", "Migration lock timeout");

  static List<ErrorsCatalogue.Entry> entries() {
    return ErrorsCatalogue.read(PAGE).entries();
  }

  @Test
  void theCatalogueHasEveryErrorItMustHave() {
    List<String> headings = entries().stream().map(ErrorsCatalogue.Entry::heading).toList();
    for (String required : REQUIRED) {
      assertTrue(headings.stream().anyMatch(h -> h.startsWith(required)), () -> "docs/errors.md has no entry '" + required
          + "'; it has " + headings);
    }
    assertEquals(headings.size(), new TreeSet<>(headings).size(), () -> "two entries share a heading: " + headings);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void eachEntryIsCompleteAndItsTestAssertsItsMessage(ErrorsCatalogue.Entry entry) throws Exception {
    assertEquals(ErrorsCatalogue.FIELDS, List.copyOf(entry.fields().keySet()), () -> entry + " has other fields than "
        + ErrorsCatalogue.FIELDS);
    entry.fields().forEach((name, text) -> assertFalse(text.isBlank(), () -> entry + ": " + name + " is empty"));

    int exit = exitCode(entry);
    assertTrue(exit == 1 || exit == 2 || exit == INTERRUPTED, () -> entry + ": exit code " + exit
        + " (1 is a failure, 2 a usage error, 130 an interrupt)");
    assertFalse(entry.message().isEmpty(), () -> entry + ": the message is no `code span`");
    assertEquals(exit != 2, entry.message().startsWith("FAILED: "), () -> entry + ": a failure (exit 1 or 130) and only a "
        + "failure prints 'FAILED: ...': " + entry.message());

    Class<?> testClass = Class.forName(entry.testClass());
    List<Method> methods = Arrays.stream(testClass.getDeclaredMethods()).filter(m -> m.getName().equals(entry.testMethod())).toList();
    assertEquals(1, methods.size(), () -> entry + ": " + entry.testClass() + " has no single method " + entry.testMethod());
    assertTrue(isJUnitTest(methods.get(0)), () -> entry + ": " + entry.testClass() + "#" + entry.testMethod() + " is no JUnit test");

    Path file = sourceOf(testClass);
    String source = Files.readString(file, StandardCharsets.UTF_8);
    String body = JavaMethodText.of(source, entry.testMethod())
        .orElseThrow(() -> new AssertionError(entry + ": no method " + entry.testMethod() + " in " + file));
    String joined = JavaMethodText.joined(body + helpersCalled(source, body));
    for (String part : entry.fixedParts()) {
      String expected = part.replace("\\", "");
      assertTrue(joined.contains(expected), () -> entry + ": " + entry.testClass() + "#" + entry.testMethod()
          + " does not assert '" + expected + "' of the catalogued message: " + entry.message());
    }
    if (exit == INTERRUPTED) {
      // the command runs as a process that gets a signal; the test reads its standard error itself
      String checked = JavaMethodText.joined(body + helpersCalled(source, body));
      assertTrue(checked.contains("assertEquals(1, err.size()"), () -> entry + ": " + entry.testMethod()
          + " must check that standard error holds exactly one line (no stack trace)");
      return;
    }
    String contract = exit == 1 ? ".failure()" : ".usageError()";
    assertTrue(body.contains(contract), () -> entry + ": " + entry.testMethod() + " must check its result with " + contract
        + ", which also fails on a stack trace");
  }

  /** Exit code 130 of an interrupt (SIGINT); the entry names 143 (SIGTERM) beside it. */
  private static final int INTERRUPTED = 130;

  /** The first number of the Exit code field: {@code 1}, {@code 2}, or {@code 130 after SIGINT ..., 143 after SIGTERM}. */
  private static int exitCode(ErrorsCatalogue.Entry entry) {
    java.util.regex.Matcher number = java.util.regex.Pattern.compile("\\d+").matcher(entry.field("Exit code"));
    assertTrue(number.find(), () -> entry + ": the exit code is no number");
    return Integer.parseInt(number.group());
  }

  /**
   * The bodies of the test class's own methods that a test method calls (one level): a parameterized
   * test often runs one scenario method with different arguments, and asserts the message there.
   */
  private static String helpersCalled(String source, String body) {
    StringBuilder helpers = new StringBuilder();
    java.util.regex.Matcher call = java.util.regex.Pattern.compile("(?<![.\\w])([a-z]\\w*)\\(").matcher(body);
    java.util.Set<String> seen = new java.util.TreeSet<>();
    while (call.find()) {
      String name = call.group(1);
      if (seen.add(name)) {
        JavaMethodText.of(source, name).filter(helper -> !helper.equals(body)).ifPresent(helper -> helpers.append('\n').append(helper));
      }
    }
    return helpers.toString();
  }

  @Test
  void everyErrorCaseIsCatalogued() throws Exception {
    Set<String> catalogued = entries().stream().filter(e -> e.testClass().equals(CASES)).map(ErrorsCatalogue.Entry::testMethod)
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> tests = Arrays.stream(Class.forName(CASES).getDeclaredMethods()).filter(ErrorsCatalogueTest::isJUnitTest)
        .map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(tests, catalogued, "each test of " + CASES + " provokes one catalogued error");
  }

  @Test
  void theCataloguedTestsRejectAStackTraceWithoutDebug() throws Exception {
    Class<?> result = Class.forName("io.retort.cli.CliResult");
    var constructor = result.getDeclaredConstructor(int.class, String.class, String.class);
    constructor.setAccessible(true);
    Method failure = result.getDeclaredMethod("failure");
    Method usageError = result.getDeclaredMethod("usageError");
    failure.setAccessible(true);
    usageError.setAccessible(true);

    String trace = "java.lang.IllegalStateException: boom\n\tat io.retort.Example.run(Example.java:1)\n";
    List<Executable> mustFail = new ArrayList<>(List.of(
        () -> failure.invoke(constructor.newInstance(1, "", trace + "FAILED: boom\n")),
        () -> failure.invoke(constructor.newInstance(1, "", "FAILED: boom\n" + trace)),
        () -> usageError.invoke(constructor.newInstance(2, "", "Unknown option: '--x'\n" + trace))));
    for (Executable call : mustFail) {
      Throwable thrown = null;
      try {
        call.run();
      } catch (java.lang.reflect.InvocationTargetException e) {
        thrown = e.getCause();
      }
      assertTrue(thrown instanceof AssertionError, "a stack trace on stderr fails the check, got " + thrown);
    }
    assertEquals("boom", failure.invoke(constructor.newInstance(1, "", "FAILED: boom\n")));
    assertEquals("Unknown option: '--x'", usageError.invoke(constructor.newInstance(2, "", "Unknown option: '--x'\nUsage: retort\n")));
  }

  @Test
  void theReaderSeesFieldsOverSeveralLinesAndPlaceholders() {
    ErrorsCatalogue catalogue = ErrorsCatalogue.parse("""
        # Errors

        ### Unknown revision

        - **Message:** `FAILED: Can't locate '{revision}'; see …`
        - **Exit code:** 1
        - **Cause:** a target that is
          no revision.
        - **Test:** `a.B#c`

        ## Next part
        """);
    ErrorsCatalogue.Entry entry = catalogue.entries().get(0);
    assertEquals(1, catalogue.entries().size());
    assertEquals("Unknown revision", entry.heading());
    assertEquals("a target that is no revision.", entry.field("Cause"));
    assertEquals(List.of("Can't locate '", "'; see "), entry.fixedParts());
    assertEquals("a.B", entry.testClass());
    assertEquals("c", entry.testMethod());
  }

  @Test
  void theMethodReaderStopsAtTheClosingBraceAndJoinsMessages() {
    String source = """
        class X {
          void first() {
            String s = "a } { " + "b";
            char c = '}';
            // a comment with a } and an apostrophe's
            String t = \"""
                text } block
                \""";
          }

          void second() {
          }
        }
        """;
    String body = JavaMethodText.of(source, "first").orElseThrow();
    assertTrue(body.startsWith("void first()") && body.endsWith("}") && !body.contains("second"), body);
    assertTrue(JavaMethodText.joined(body).contains("\"a } { b\""), body);
  }

  @FunctionalInterface
  private interface Executable {
    void run() throws Exception;
  }

  private static boolean isJUnitTest(Method method) {
    return !Modifier.isStatic(method.getModifiers())
        && (method.isAnnotationPresent(Test.class) || method.isAnnotationPresent(ParameterizedTest.class));
  }

  private static Path sourceOf(Class<?> type) throws IOException {
    Path source = TEST_SOURCES.resolve(type.getName().replace('.', '/') + ".java");
    assertTrue(Files.isRegularFile(source), () -> "no source " + source);
    return source;
  }
}
