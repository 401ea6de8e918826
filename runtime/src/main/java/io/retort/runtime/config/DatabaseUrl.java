package io.retort.runtime.config;

import io.retort.runtime.RetortException;
import io.retort.runtime.migrate.ConnectionSource;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A database URL as Retort is given it, converted to JDBC with the user and password it carries. A
 * JDBC URL ({@code jdbc:...}) is taken as it is. A URL in the form hosting platforms put in
 * {@code DATABASE_URL} becomes JDBC:
 * <ul>
 *   <li>{@code postgres://USER:PASSWORD@HOST:PORT/DATABASE?PARAMS} (or {@code postgresql://}) becomes
 *       {@code jdbc:postgresql://HOST:PORT/DATABASE?PARAMS};</li>
 *   <li>{@code mysql://...} and {@code mariadb://...} become {@code jdbc:mariadb://HOST:PORT/DATABASE?PARAMS}
 *       (Retort ships the MariaDB driver, which talks to MySQL too, and picks the same dialect for both).</li>
 * </ul>
 * The user and password leave the URL and are percent-decoded; they, the port and the parameters may
 * be left out (a missing port is the driver's default). An IPv6 host goes in brackets
 * ({@code [::1]}). The password is split off at the first {@code ':'} of what precedes the host's
 * {@code '@'}, so a raw {@code '@'} or {@code ':'} in it works; {@code '/'}, {@code '?'}, {@code '#'} and
 * {@code '%'} must be percent-encoded. Nothing this class says, {@link #toString} included, shows the
 * password.
 */
public final class DatabaseUrl {
  /** The forms Retort reads, for messages. */
  public static final String ACCEPTED_FORMS = "a JDBC URL (jdbc:postgresql:, jdbc:mariadb:, jdbc:mysql:, jdbc:h2:) or "
      + "postgres://USER:PASSWORD@HOST:PORT/DATABASE?PARAMS (also postgresql://, mysql:// and mariadb://; user, password, "
      + "port and parameters optional; percent-encode '/', '?', '#' and '%' in the user or password)";

  private final String jdbcUrl;
  private final String user;
  private final String password;

  private DatabaseUrl(String jdbcUrl, String user, String password) {
    this.jdbcUrl = jdbcUrl;
    this.user = user;
    this.password = password;
  }

  /**
   * Reads a database URL.
   *
   * @param url the URL as given (surrounding blanks are ignored)
   * @param source where it came from, as messages name it: {@code DATABASE_URL}, {@code 'url' in retort.properties}, ...
   * @throws RetortException when it is neither JDBC nor a form above, or malformed: one line that names
   *     {@code source}, shows the URL with its password hidden, and lists the accepted forms
   */
  public static DatabaseUrl parse(String url, String source) {
    String text = url == null ? "" : url.trim();
    if (text.isEmpty()) {
      throw invalid(source, text, "it is empty");
    }
    if (text.regionMatches(true, 0, "jdbc:", 0, 5)) {
      return new DatabaseUrl(text, null, null);
    }
    int separator = text.indexOf("://");
    if (separator <= 0) {
      throw invalid(source, text, "no scheme such as postgres://");
    }
    String scheme = text.substring(0, separator);
    String jdbcPrefix = switch (scheme.toLowerCase(Locale.ROOT)) {
      case "postgres", "postgresql" -> "jdbc:postgresql://";
      case "mysql", "mariadb" -> "jdbc:mariadb://";
      default -> null;
    };
    if (jdbcPrefix == null) {
      String shown = scheme.matches("[A-Za-z][A-Za-z0-9+.-]*") ? "'" + scheme + "'" : "before '://'";
      throw invalid(source, text, "unknown scheme " + shown);
    }
    String rest = text.substring(separator + 3);
    int authorityEnd = rest.length();
    for (char c : new char[] {'/', '?', '#'}) {
      int at = rest.indexOf(c);
      if (at >= 0 && at < authorityEnd) {
        authorityEnd = at;
      }
    }
    String authority = rest.substring(0, authorityEnd);
    String tail = rest.substring(authorityEnd);
    int at = authority.lastIndexOf('@');
    int query = tail.indexOf('?');
    if (at < 0 && tail.substring(0, query < 0 ? tail.length() : query).indexOf('@') >= 0) {
      throw invalid(source, text, "an '@' after the host; percent-encode '/' in the user or password as %2F");
    }
    String user = null;
    String password = null;
    if (at >= 0) {
      String userInfo = authority.substring(0, at);
      int colon = userInfo.indexOf(':');
      user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon), source, text);
      password = colon < 0 ? null : decode(userInfo.substring(colon + 1), source, text);
      if (user.isEmpty()) {
        user = null;
      }
    }
    String hostAndPort = hostAndPort(authority.substring(at + 1), source, text);
    String path = tail.isEmpty() || tail.charAt(0) != '/' ? "/" + tail : tail;
    return new DatabaseUrl(jdbcPrefix + hostAndPort + path, user, password);
  }

  /** {@code host}, {@code host:port}, {@code [v6]} or {@code [v6]:port}, checked; the port is left out when it is. */
  private static String hostAndPort(String text, String source, String url) {
    String host;
    String port = null;
    if (text.startsWith("[")) {
      int close = text.indexOf(']');
      if (close < 0) {
        throw invalid(source, url, "an IPv6 host without its closing ']'");
      }
      host = text.substring(0, close + 1);
      String after = text.substring(close + 1);
      if (!after.isEmpty()) {
        if (after.charAt(0) != ':') {
          throw invalid(source, url, "something other than ':PORT' after the IPv6 host");
        }
        port = after.substring(1);
      }
      if (!host.substring(1, host.length() - 1).matches("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(%[A-Za-z0-9._~-]+)?")) {
        throw invalid(source, url, "an IPv6 host that is not an IPv6 address");
      }
    } else {
      int colon = text.indexOf(':');
      host = colon < 0 ? text : text.substring(0, colon);
      port = colon < 0 ? null : text.substring(colon + 1);
      if (port != null && port.indexOf(':') >= 0) {
        throw invalid(source, url, "more than one ':' after the host; put an IPv6 host in brackets, e.g. [::1]:5432");
      }
      if (host.isEmpty()) {
        throw invalid(source, url, "no host");
      }
      if (!host.matches("[A-Za-z0-9._~-]+")) {
        throw invalid(source, url, "a host name with characters a host name cannot have");
      }
    }
    if (port == null) {
      return host;
    }
    if (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
      throw invalid(source, url, "a port that is not a number from 1 to 65535");
    }
    return host + ":" + port;
  }

  /** Percent-decoding as in a URL's user information: {@code %XX} is a UTF-8 byte, and {@code '+'} stays a plus. */
  private static String decode(String text, String source, String url) {
    StringBuilder decoded = new StringBuilder();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '%') {
        decoded.append(bytes.toString(StandardCharsets.UTF_8)).append(c);
        bytes.reset();
        continue;
      }
      int high = i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
      int low = high < 0 ? -1 : Character.digit(text.charAt(i + 2), 16);
      if (low < 0) {
        throw invalid(source, url, "a '%' in the user or password that is not followed by two hex digits (write '%' as %25)");
      }
      bytes.write(high * 16 + low);
      i += 2;
    }
    return decoded.append(bytes.toString(StandardCharsets.UTF_8)).toString();
  }

  private static RetortException invalid(String source, String url, String reason) {
    return new RetortException(source + " is not a database URL Retort can read (" + reason + "): '" + shown(url)
        + "'; use " + ACCEPTED_FORMS);
  }

  /** The URL for a message: its password hidden, and without a scheme everything before the last '@' too. */
  private static String shown(String url) {
    int at = url.lastIndexOf('@');
    return ConnectionSource.redact(url.contains("://") || at < 0 ? url : "***" + url.substring(at));
  }

  /** The JDBC URL, without the user and password the URL carried. */
  public String jdbcUrl() {
    return jdbcUrl;
  }

  /** The user the URL carried, percent-decoded, or null (always null for a JDBC URL). */
  public String user() {
    return user;
  }

  /** The password the URL carried, percent-decoded, or null (always null for a JDBC URL). */
  public String password() {
    return password;
  }

  /** The JDBC URL and the user, never the password. */
  @Override
  public String toString() {
    return ConnectionSource.redact(jdbcUrl) + (user == null ? "" : " as " + user) + (password == null ? "" : " with a password");
  }
}
