package io.retort.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.RetortException;
import io.retort.runtime.api.Retort;
import io.retort.runtime.dialect.Dialects;
import io.retort.runtime.dialect.MariaDbDialect;
import io.retort.runtime.dialect.PostgresDialect;
import io.retort.runtime.migrate.ConnectionSource;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link DatabaseUrl}: the URLs hosting platforms put in {@code DATABASE_URL} become JDBC URLs plus
 * credentials, JDBC URLs pass through, and nothing it says shows a password.
 */
class DatabaseUrlTest {
  private static final String SOURCE = "DATABASE_URL";

  private static DatabaseUrl parse(String url) {
    return DatabaseUrl.parse(url, SOURCE);
  }

  private static void assertConverted(String url, String jdbcUrl, String user, String password) {
    DatabaseUrl parsed = parse(url);
    assertEquals(jdbcUrl, parsed.jdbcUrl(), url);
    assertEquals(user, parsed.user(), url);
    assertEquals(password, parsed.password(), url);
  }

  /** The message for {@code url}, which must name the source, hide {@code secret} and list the accepted forms. */
  private static String failure(String url, String secret) {
    String message = assertThrows(RetortException.class, () -> parse(url)).getMessage();
    assertTrue(message.startsWith(SOURCE + " is not a database URL Retort can read ("), message);
    assertTrue(message.endsWith("; use " + DatabaseUrl.ACCEPTED_FORMS), message);
    assertFalse(message.contains("\n"), message);
    if (secret != null) {
      assertFalse(message.contains(secret), message);
    }
    return message;
  }

  @Test
  void postgresUrlsBecomeJdbcWithTheirCredentials() {
    assertConverted("postgres://app:s3cret@db.example.com:5432/shop?sslmode=require",
        "jdbc:postgresql://db.example.com:5432/shop?sslmode=require", "app", "s3cret");
    assertConverted("postgresql://app:s3cret@db.example.com:6543/shop",
        "jdbc:postgresql://db.example.com:6543/shop", "app", "s3cret");
    assertConverted("POSTGRES://app@db.example.com/shop", "jdbc:postgresql://db.example.com/shop", "app", null);
  }

  @Test
  void mysqlAndMariadbUrlsBecomeMariadbJdbcUrls() {
    assertConverted("mysql://app:s3cret@db.example.com:3306/shop?useSSL=true",
        "jdbc:mariadb://db.example.com:3306/shop?useSSL=true", "app", "s3cret");
    assertConverted("mariadb://app:s3cret@db.example.com/shop", "jdbc:mariadb://db.example.com/shop", "app", "s3cret");
  }

  @Test
  void theDialectIsTheOneOfTheJdbcUrl() {
    assertInstanceOf(PostgresDialect.class, Dialects.forUrl(parse("postgres://h/db").jdbcUrl()));
    assertInstanceOf(PostgresDialect.class, Dialects.forUrl(parse("postgresql://h/db").jdbcUrl()));
    assertInstanceOf(MariaDbDialect.class, Dialects.forUrl(parse("mysql://h/db").jdbcUrl()));
    assertInstanceOf(MariaDbDialect.class, Dialects.forUrl(parse("mariadb://h/db").jdbcUrl()));
    // what a mysql:// URL becomes and a jdbc:mysql: URL get the same dialect
    assertInstanceOf(MariaDbDialect.class, Dialects.forUrl(parse("jdbc:mysql://h/db").jdbcUrl()));
  }

  @Test
  void userAndPasswordArePercentDecoded() {
    assertConverted("postgres://app:p%40ss%3Aw%2Frd%25%3F%23@h/db", "jdbc:postgresql://h/db", "app", "p@ss:w/rd%?#");
    assertConverted("postgres://me%40example.com:pw@h/db", "jdbc:postgresql://h/db", "me@example.com", "pw");
    assertConverted("postgres://j%C3%BCrgen:caf%C3%A9+cr%C3%A8me@h/db", "jdbc:postgresql://h/db", "jürgen", "café+crème");
  }

  @Test
  void aRawAtOrColonInThePasswordWorks() {
    assertConverted("postgres://app:p@ss:w@rd@db.example.com:5432/shop", "jdbc:postgresql://db.example.com:5432/shop", "app",
        "p@ss:w@rd");
    assertConverted("mysql://app::@h/db", "jdbc:mariadb://h/db", "app", ":");
  }

  @Test
  void credentialsPortDatabaseAndParametersAreOptional() {
    assertConverted("postgres://db.example.com/shop", "jdbc:postgresql://db.example.com/shop", null, null);
    assertConverted("postgres://app:@h/db", "jdbc:postgresql://h/db", "app", "");
    assertConverted("postgres://:s3cret@h/db", "jdbc:postgresql://h/db", null, "s3cret");
    assertConverted("postgres://h:5432", "jdbc:postgresql://h:5432/", null, null);
    assertConverted("postgres://h?sslmode=require", "jdbc:postgresql://h/?sslmode=require", null, null);
    assertConverted("  mysql://root@127.0.0.1:3306/test\n", "jdbc:mariadb://127.0.0.1:3306/test", "root", null);
  }

  @Test
  void ipv6HostsStayInBrackets() {
    assertConverted("postgres://app:pw@[::1]:5433/db", "jdbc:postgresql://[::1]:5433/db", "app", "pw");
    assertConverted("mysql://app:pw@[2001:db8::1]/db?sslMode=trust", "jdbc:mariadb://[2001:db8::1]/db?sslMode=trust", "app", "pw");
  }

  /** The drivers read what the conversion writes: the host, the port or their default, the database, the parameters. */
  @Test
  void theDriversReadTheConvertedUrls() throws Exception {
    Properties pg = org.postgresql.Driver.parseURL(parse("postgres://app:pw@[::1]:5433/shop?sslmode=require").jdbcUrl(), null);
    assertEquals("[::1]", pg.getProperty("PGHOST"));
    assertEquals("5433", pg.getProperty("PGPORT"));
    assertEquals("shop", pg.getProperty("PGDBNAME"));
    assertEquals("require", pg.getProperty("sslmode"));
    assertEquals("5432", org.postgresql.Driver.parseURL(parse("postgres://db.example.com/shop").jdbcUrl(), null)
        .getProperty("PGPORT"));

    var v6 = org.mariadb.jdbc.Configuration.parse(parse("mysql://app:pw@[2001:db8::1]:3307/shop?sslMode=trust").jdbcUrl());
    assertEquals("2001:db8::1", v6.addresses().get(0).host);
    assertEquals(3307, v6.addresses().get(0).port);
    assertEquals("shop", v6.database());
    assertEquals("TRUST", v6.sslMode().name());
    assertEquals(3306, org.mariadb.jdbc.Configuration.parse(parse("mariadb://db.example.com/shop").jdbcUrl()).addresses().get(0).port);
  }

  @Test
  void jdbcUrlsPassThroughUnchanged() {
    for (String url : new String[] {"jdbc:postgresql://h:5432/db?user=app&password=pw", "jdbc:mariadb://h/db", "jdbc:mysql://h/db",
        "jdbc:h2:file:./target/db;MODE=PostgreSQL", "JDBC:H2:mem:x"}) {
      assertConverted(url, url, null, null);
    }
  }

  @Test
  void anUnknownSchemeIsRefusedWithThePasswordHidden() {
    String message = failure("redis://:s3cret@cache.example.com:6379", "s3cret");
    assertEquals("DATABASE_URL is not a database URL Retort can read (unknown scheme 'redis'): "
        + "'redis://:***@cache.example.com:6379'; use a JDBC URL (jdbc:postgresql:, jdbc:mariadb:, jdbc:mysql:, jdbc:h2:) or "
        + "postgres://USER:PASSWORD@HOST:PORT/DATABASE?PARAMS (also postgresql://, mysql:// and mariadb://; user, password, "
        + "port and parameters optional; percent-encode '/', '?', '#' and '%' in the user or password)", message);
    assertTrue(failure("sqlserver://sa:s3cret@h/db", "s3cret").contains("(unknown scheme 'sqlserver'): 'sqlserver://sa:***@h/db'"));
    // SQLAlchemy's dialect+driver form is not one of them either
    assertTrue(failure("postgresql+psycopg2://app:s3cret@h/db", "s3cret").contains("unknown scheme 'postgresql+psycopg2'"));
  }

  @Test
  void malformedUrlsAreRefusedWithTheReasonAndThePasswordHidden() {
    assertTrue(failure("", null).contains("(it is empty)"));
    assertTrue(failure("db.example.com:5432/shop", null).contains("(no scheme such as postgres://): 'db.example.com:5432/shop'"));
    assertTrue(failure("app:s3cret@db.example.com/shop", "s3cret").contains("'***@db.example.com/shop'"));
    assertTrue(failure("postgres://app:s3cret@/shop", "s3cret").contains("(no host): 'postgres://app:***@/shop'"));
    assertTrue(failure("postgres://app:s3cret@h:port/shop", "s3cret").contains("(a port that is not a number from 1 to 65535)"));
    assertTrue(failure("postgres://app:s3cret@h:70000/shop", "s3cret").contains("(a port that is not a number from 1 to 65535)"));
    assertTrue(failure("postgres://app:s3cret@h:/shop", "s3cret").contains("(a port that is not a number"));
    assertTrue(failure("postgres://app:s3cret@::1/shop", "s3cret").contains("put an IPv6 host in brackets"));
    assertTrue(failure("postgres://app:s3cret@[::1/shop", "s3cret").contains("without its closing ']'"));
    assertTrue(failure("postgres://app:s3cret@[db.example.com]/shop", "s3cret").contains("not an IPv6 address"));
    assertTrue(failure("postgres://app:s3cret@d b/shop", "s3cret").contains("characters a host name cannot have"));
    assertTrue(failure("postgres://app:100%sure@h/shop", "100%sure").contains("not followed by two hex digits (write '%' as %25)"));
  }

  @Test
  void anUnencodedSlashInThePasswordIsRefusedNotMisread() {
    // the authority ends at the first '/', so "s3/cret" would split the URL there
    String message = failure("postgres://app:s3/cret@h/shop", "cret");
    assertTrue(message.contains("(an '@' after the host; percent-encode '/' in the user or password as %2F): "
        + "'postgres://app:***@h/shop'"), message);
    failure("postgres://app:s3/cret@h:5432/shop", "cret");
  }

  @Test
  void toStringNeverShowsThePassword() {
    assertEquals("jdbc:postgresql://h/db as app with a password", parse("postgres://app:s3cret@h/db").toString());
    assertEquals("jdbc:postgresql://h/db?password=***", parse("jdbc:postgresql://h/db?password=s3cret").toString());
  }

  @Test
  void theProgrammaticApiTakesTheSameUrls() {
    String message = assertThrows(RetortException.class, () -> Retort.with("redis://:s3cret@h", null, null)).getMessage();
    assertTrue(message.startsWith("The URL given to Retort.with is not a database URL Retort can read (unknown scheme 'redis')"),
        message);
    assertFalse(message.contains("s3cret"), message);
  }

  @ParameterizedTest
  @ValueSource(strings = {"postgres://app:s3cret@h/db", "jdbc:mysql://app:s3cret@h/db", "postgres://app:s3@c:ret@h/db",
      "jdbc:postgresql://h/db?user=app&password=s3cret&ssl=true", "jdbc:sqlserver://h;user=app;Password=s3cret;encrypt=true",
      "postgres://app:s3/cret@h/db?password=s3cret"})
  void redactHidesEveryPassword(String url) {
    String redacted = ConnectionSource.redact(url);
    assertFalse(redacted.contains("s3") || redacted.contains("cret"), redacted);
    assertTrue(redacted.contains("***"), redacted);
  }

  @Test
  void redactKeepsTheRest() {
    assertEquals("postgres://app:***@db.example.com:5432/shop?sslmode=require",
        ConnectionSource.redact("postgres://app:s3cret@db.example.com:5432/shop?sslmode=require"));
    assertEquals("jdbc:postgresql://h/db?user=app&password=***&ssl=true",
        ConnectionSource.redact("jdbc:postgresql://h/db?user=app&password=s3cret&ssl=true"));
    assertEquals("jdbc:h2:file:./target/db", ConnectionSource.redact("jdbc:h2:file:./target/db"));
    assertEquals("jdbc:postgresql://127.0.0.1:5432/test", ConnectionSource.redact("jdbc:postgresql://127.0.0.1:5432/test"));
    assertEquals("postgres://app@h/db", ConnectionSource.redact("postgres://app@h/db"));
    assertNull(ConnectionSource.redact(null));
  }

  @Test
  void anUnsupportedJdbcUrlIsNamedWithoutItsPassword() {
    String message = assertThrows(RetortException.class,
        () -> Dialects.forUrl("jdbc:sqlserver://h;user=app;password=s3cret")).getMessage();
    assertTrue(message.startsWith("Unsupported database URL 'jdbc:sqlserver://h;user=app;password=***'"), message);
  }
}
