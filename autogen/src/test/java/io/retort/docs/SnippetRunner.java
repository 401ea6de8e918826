package io.retort.docs;

import io.retort.runtime.api.DataAccess;
import io.retort.runtime.api.Migration;
import io.retort.runtime.api.Operations;
import io.retort.runtime.dialect.Dialect;
import io.retort.runtime.dialect.Dialects;
import io.retort.runtime.ops.Operation;
import io.retort.runtime.ops.RunJdbc;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Proves an operation snippet of a guide (the body of a revision class: its {@code upgrade} and
 * {@code downgrade} methods, and helpers) against the real API and the run's database: it compiles
 * inside {@code public final class GuideSnippet implements Migration} with the guide's imports (and
 * the import lines the snippet itself starts with); each
 * method records at least one operation; every recorded operation has SQL in the database's dialect;
 * and {@code op.run} code runs on the database in a transaction that is rolled back.
 */
final class SnippetRunner {
  private static final String CLASS_NAME = "GuideSnippet";
  private static final Pattern IMPORT = Pattern.compile("^\\s*import( static)? [\\w.*]+;\\s*$");

  private final Path directory;
  private final String url;
  private final Map<String, String> environment;
  private int count;

  /**
   * @param directory where snippets are compiled
   * @param url the run's database; its dialect renders the operations
   * @param environment {@code DATABASE_USER} and {@code DATABASE_PASSWORD} for connecting
   */
  SnippetRunner(Path directory, String url, Map<String, String> environment) {
    this.directory = directory;
    this.url = url;
    this.environment = environment;
  }

  /** What one snippet recorded. */
  record Recorded(List<Operation> upgrade, List<Operation> downgrade) {
  }

  Recorded run(List<String> imports, GuideBlock block) {
    Migration migration = compile(imports, block);
    Recorded recorded = new Recorded(record(migration, true, block), record(migration, false, block));
    Dialect dialect = Dialects.forUrl(url);
    for (Operation operation : concat(recorded.upgrade(), recorded.downgrade())) {
      if (operation instanceof RunJdbc run) {
        runRolledBack(run, block);
      } else if (dialect.statements(operation).isEmpty()) {
        throw new AssertionError("the snippet at " + block.where() + " records " + operation.describe() + ", which has no SQL on " + dialect.name());
      }
    }
    return recorded;
  }

  private Migration compile(List<String> imports, GuideBlock block) {
    Path root = directory.resolve("snippet" + (++count));
    Path source = root.resolve("src/" + CLASS_NAME + ".java");
    List<String> body = block.lines();
    int own = 0;
    while (own < body.size() && (body.get(own).isBlank() || IMPORT.matcher(body.get(own)).matches())) {
      own++;
    }
    StringBuilder code = new StringBuilder();
    imports.forEach(line -> code.append(line).append('\n'));
    body.subList(0, own).forEach(line -> code.append(line).append('\n'));
    code.append("\npublic final class ").append(CLASS_NAME).append(" implements io.retort.runtime.api.Migration {\n");
    body.subList(own, body.size()).forEach(line -> code.append(line).append('\n'));
    code.append("}\n");
    try {
      Files.createDirectories(source.getParent());
      Files.writeString(source, code, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path classes = root.resolve("classes");
    JavaSources.compile(List.of(source), classes, List.of(), "The snippet at " + block.where() + " (as a revision class body)");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      return (Migration) loader.loadClass(CLASS_NAME).getConstructor().newInstance();
    } catch (ReflectiveOperationException | IOException e) {
      throw new AssertionError("cannot instantiate the snippet at " + block.where(), e);
    }
  }

  private static List<Operation> record(Migration migration, boolean upgrade, GuideBlock block) {
    List<Operation> operations = new ArrayList<>();
    Operations op = new Operations(operations::add);
    if (upgrade) {
      migration.upgrade(op);
    } else {
      migration.downgrade(op);
    }
    if (operations.isEmpty()) {
      throw new AssertionError("the snippet at " + block.where() + " records nothing in " + (upgrade ? "upgrade" : "downgrade") + "()");
    }
    return operations;
  }

  private void runRolledBack(RunJdbc run, GuideBlock block) {
    try (Connection connection = DriverManager.getConnection(url, environment.get("DATABASE_USER"), environment.get("DATABASE_PASSWORD"))) {
      connection.setAutoCommit(false);
      try {
        run.work().run(new DataAccess(connection));
      } finally {
        connection.rollback();
      }
    } catch (SQLException e) {
      throw new AssertionError("op.run(\"" + run.description() + "\") of the snippet at " + block.where() + " fails on the database: "
          + e.getMessage(), e);
    }
  }

  private static List<Operation> concat(List<Operation> a, List<Operation> b) {
    List<Operation> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
