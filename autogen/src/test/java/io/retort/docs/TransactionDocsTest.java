package io.retort.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.dialect.Dialect;
import io.retort.runtime.dialect.Dialects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the docs say about transactions is what the dialects do: the guides' table "Database | DDL in a
 * transaction" and the one-line form {@code DDL in a transaction: PostgreSQL yes, H2 no, MariaDB/MySQL no}
 * of the README and the {@code init} templates agree with {@link Dialect#transactionalDdl()} for every
 * database, and no doc, template or Javadoc anywhere says the opposite in one of the known phrasings.
 */
class TransactionDocsTest {
  private static final Path CHECKOUT = Workspace.checkout();

  /** The files that state the claim in its one-line form. */
  private static final List<String> ONE_LINE = List.of("README.md", "templates/generic/retort.properties",
      "templates/multidb/retort.properties", "templates/generic/src/main/java/db/migrations/README.md");
  private static final Pattern ONE_LINE_CLAIM = Pattern.compile("DDL in a transaction: ((?:[\\w/]+ (?:yes|no)(?:, )?)+)");
  private static final Pattern TABLE_HEADER = Pattern.compile("^\\|\\s*(Database|데이터베이스)\\s*\\|\\s*(DDL in a transaction|트랜잭션 안의 DDL)\\s*\\|$");
  private static final Map<String, Boolean> ANSWERS = Map.of("yes", true, "no", false, "예", true, "아니요", false);

  /** A database's name as a word of its own, also right before a Korean particle ({@code \\b} sees Hangul as letters). */
  private static final String NAME_START = "(?<![A-Za-z0-9])";
  private static final String NAME_END = "(?![A-Za-z0-9])";
  /** Up to the end of the clause: what follows a database's name and still speaks of it. */
  private static final String CLAUSE = "[^.,;:!?\\n|()]{0,60}?";
  /** A database that commits each DDL statement, said to run or roll back DDL in a transaction. */
  private static final Pattern CLAIMS_TRANSACTIONS = Pattern.compile(NAME_START + "(H2|MariaDB|MySQL)" + NAME_END + CLAUSE
      + "(DDL (statements? )?(is|are) transactional|(has|have|supports?) transactional DDL"
      + "|runs? (each |a |the )?(revisions?|upgrades?|migrations?|DDL) in (a|one|its own) transaction"
      + "|rolls? back (the |its |a )?(DDL|revisions?|upgrades?|migrations?)|(is|are) rolled back"
      + "|트랜잭션 안에서 실행|트랜잭션을 지원|롤백)", Pattern.CASE_INSENSITIVE);
  /** A database with transactional DDL, said to commit each statement. */
  private static final Pattern DENIES_TRANSACTIONS = Pattern.compile(NAME_START + "(PostgreSQL)" + NAME_END + CLAUSE
      + "(commits? (each|every) (DDL|statement)|DDL is not transactional|(has|have) no transactional DDL|cannot roll back"
      + "|DDL마다 커밋|하나씩 커밋|트랜잭션을 지원하지)", Pattern.CASE_INSENSITIVE);
  /** Every database said to run in a transaction. */
  private static final Pattern CLAIMS_EVERY_DATABASE = Pattern.compile("\\b(every|each|all|any) (supported )?databases?\\b"
      + "[^.\\n]{0,60}?(in (a|one) transaction|rolled back|rolls? back)", Pattern.CASE_INSENSITIVE);

  @ParameterizedTest
  @ValueSource(strings = {"docs/guide.md", "docs/ko/guide.md"})
  void theGuidesTableMatchesTheDialects(String guide) throws IOException {
    List<String> lines = Files.readAllLines(CHECKOUT.resolve(guide), StandardCharsets.UTF_8);
    Map<String, Boolean> said = new TreeMap<>();
    for (int i = 0; i < lines.size(); i++) {
      if (TABLE_HEADER.matcher(lines.get(i).strip()).matches()) {
        for (int row = i + 2; row < lines.size() && lines.get(row).startsWith("|"); row++) {
          String[] cells = lines.get(row).split("\\|");
          String answer = cells[2].strip();
          assertTrue(ANSWERS.containsKey(answer), () -> guide + ": '" + answer + "' is not yes/no in " + ANSWERS.keySet());
          said.putAll(claims(cells[1].strip(), ANSWERS.get(answer)));
        }
      }
    }
    assertClaimsMatchDialects(guide, said);
  }

  @Test
  void theOneLineStatementsMatchTheDialects() throws IOException {
    for (String file : ONE_LINE) {
      String text = Files.readString(CHECKOUT.resolve(file), StandardCharsets.UTF_8);
      Matcher claim = ONE_LINE_CLAIM.matcher(text);
      assertTrue(claim.find(), () -> file + " does not say 'DDL in a transaction: ...'");
      do {
        Map<String, Boolean> said = new TreeMap<>();
        for (String item : claim.group(1).split(", ")) {
          String[] parts = item.strip().split(" ");
          said.putAll(claims(parts[0], ANSWERS.get(parts[1])));
        }
        assertClaimsMatchDialects(file, said);
      } while (claim.find());
    }
  }

  @Test
  void noDocSaysTheOpposite() throws IOException {
    List<String> wrong = new ArrayList<>();
    List<Path> docs;
    try (Stream<Path> files = Files.walk(CHECKOUT)) {
      docs = files.filter(TransactionDocsTest::isDoc).toList();
    }
    assertTrue(docs.containsAll(List.of(CHECKOUT.resolve("README.md"), CHECKOUT.resolve("docs/ko/guide.md"),
        CHECKOUT.resolve("templates/generic/retort.properties"),
        CHECKOUT.resolve("runtime/src/main/java/io/retort/runtime/dialect/Dialect.java"))),
        () -> "the docs searched: " + docs);
    for (Path file : docs) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        for (Pattern pattern : List.of(CLAIMS_TRANSACTIONS, DENIES_TRANSACTIONS, CLAIMS_EVERY_DATABASE)) {
          Matcher m = pattern.matcher(lines.get(i));
          if (m.find()) {
            wrong.add(CHECKOUT.relativize(file) + ":" + (i + 1) + ": " + m.group());
          }
        }
      }
    }
    assertEquals(List.of(), wrong, "DDL in a transaction: PostgreSQL yes, H2 no, MariaDB/MySQL no");
  }

  @Test
  void theWrongPhrasingsAreCaught() {
    for (String sentence : List.of("MariaDB runs each revision in a transaction", "On H2 the revision is rolled back",
        "H2 and MariaDB roll back the DDL", "MySQL supports transactional DDL", "PostgreSQL commits each DDL statement",
        "Every database runs the upgrade in one transaction", "H2와 MariaDB는 실패하면 롤백합니다",
        "PostgreSQL은 DDL마다 커밋합니다")) {
      assertTrue(Stream.of(CLAIMS_TRANSACTIONS, DENIES_TRANSACTIONS, CLAIMS_EVERY_DATABASE).anyMatch(p -> p.matcher(sentence).find()),
          sentence);
    }
    for (String sentence : List.of("PostgreSQL runs DDL in a transaction, H2 and MariaDB/MySQL commit each DDL statement",
        "It runs in one transaction where DDL is transactional (PostgreSQL); H2 and MariaDB commit each DDL statement",
        "H2 and MariaDB have no transactional DDL", "PostgreSQL에서는 롤백하고, H2와 MariaDB는 DDL마다 커밋합니다")) {
      assertFalse(Stream.of(CLAIMS_TRANSACTIONS, DENIES_TRANSACTIONS, CLAIMS_EVERY_DATABASE).anyMatch(p -> p.matcher(sentence).find()),
          sentence);
    }
  }

  /** {@code MariaDB/MySQL} speaks for both names; each must be a database {@link Dialects} knows. */
  private static Map<String, Boolean> claims(String databases, boolean transactional) {
    Map<String, Boolean> claims = new TreeMap<>();
    for (String name : databases.split("/")) {
      claims.put(Dialects.forName(name.strip()).name(), transactional);
    }
    return claims;
  }

  private static void assertClaimsMatchDialects(String where, Map<String, Boolean> said) {
    Map<String, Boolean> truth = new TreeMap<>();
    Dialects.all().forEach(dialect -> truth.put(dialect.name(), dialect.transactionalDdl()));
    assertEquals(truth, said, () -> where + " says which databases run DDL in a transaction, and must say it for each as "
        + "the dialects do");
  }

  private static boolean isDoc(Path file) {
    String path = CHECKOUT.relativize(file).toString().replace('\\', '/');
    if (path.startsWith(".git/") || path.contains("/target/") || path.startsWith("target/") || path.contains("node_modules/")
        || !Files.isRegularFile(file)) {
      return false;
    }
    String name = file.getFileName().toString();
    return name.endsWith(".md") || name.endsWith(".properties") || name.endsWith(".txt")
        || name.endsWith(".java") && path.contains("src/main/");
  }
}
