package io.retort.docs;

import io.retort.runtime.testing.TestDatabase;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The database a guide runs against, handed to every command as {@code DATABASE_URL},
 * {@code DATABASE_USER} and {@code DATABASE_PASSWORD}: an H2 file database in the test's directory
 * (a file, not memory, because {@code mvn exec:java} runs the shop in a JVM of its own, as the
 * sample's default does), or a fresh PostgreSQL schema / MariaDB database from {@link TestDatabase}.
 * It also turns a backup command of the guide ({@code pg_dump shop}, {@code mariadb-dump shop})
 * into the same command against this database.
 */
final class GuideDatabase implements AutoCloseable {
  private final TestDatabase.Kind kind;
  private final String url;
  private final String user;
  private final String password;
  private final TestDatabase server;

  private GuideDatabase(TestDatabase.Kind kind, String url, String user, String password, TestDatabase server) {
    this.kind = kind;
    this.url = url;
    this.user = user;
    this.password = password;
    this.server = server;
  }

  static GuideDatabase create(TestDatabase.Kind kind, Path directory) {
    if (kind == TestDatabase.Kind.H2) {
      String url = "jdbc:h2:file:" + directory.resolve("h2/shop").toAbsolutePath();
      return new GuideDatabase(kind, url, "sa", "", null);
    }
    TestDatabase database = TestDatabase.create(kind);
    return new GuideDatabase(kind, database.url(), database.user(), database.password(), database);
  }

  TestDatabase.Kind kind() {
    return kind;
  }

  String url() {
    return url;
  }

  Map<String, String> environment() {
    return Map.of("DATABASE_URL", url, "DATABASE_USER", user, "DATABASE_PASSWORD", password);
  }

  /** Whether {@code tool} is this database's backup client ({@code pg_dump}; {@code mariadb-dump} or {@code mysqldump}). */
  static boolean isDumpTool(String tool) {
    return tool.equals("pg_dump") || tool.equals("mariadb-dump") || tool.equals("mysqldump");
  }

  /**
   * The backup command against this database: the guide's options, with its database name replaced
   * by this database's host, port, user and name (and schema on PostgreSQL). Empty when the tool
   * belongs to another database, which this run does not have.
   */
  Optional<List<String>> dumpCommand(String tool, List<String> arguments) {
    boolean mine = (tool.equals("pg_dump") && kind == TestDatabase.Kind.POSTGRESQL)
        || ((tool.equals("mariadb-dump") || tool.equals("mysqldump")) && kind == TestDatabase.Kind.MARIADB);
    if (!mine) {
      return Optional.empty();
    }
    List<String> options = arguments.stream().filter(a -> a.startsWith("-")).toList();
    if (options.size() != arguments.size() - 1) {
      throw new AssertionError(tool + " in the guide should name one database after its options: " + arguments);
    }
    URI address = URI.create(url.substring("jdbc:".length()));
    List<String> command = new ArrayList<>(List.of(tool, "-h", address.getHost()));
    if (kind == TestDatabase.Kind.POSTGRESQL) {
      command.addAll(List.of("-p", String.valueOf(address.getPort()), "-U", user, "--schema=" + server.name()));
      command.addAll(options);
      command.add(address.getPath().substring(1));
    } else {
      command.addAll(List.of("-P", String.valueOf(address.getPort()), "-u", user));
      if (!password.isEmpty()) {
        command.add("-p" + password);
      }
      command.addAll(options);
      command.add(server.name());
    }
    return Optional.of(command);
  }

  /** The password a dump client needs in its environment ({@code PGPASSWORD}), if any. */
  Map<String, String> dumpEnvironment() {
    return kind == TestDatabase.Kind.POSTGRESQL && !password.isEmpty() ? Map.of("PGPASSWORD", password) : Map.of();
  }

  @Override
  public void close() {
    if (server != null) {
      server.close();
    }
  }
}
