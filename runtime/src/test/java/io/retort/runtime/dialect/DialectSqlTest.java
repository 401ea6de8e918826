package io.retort.runtime.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.RetortException;
import io.retort.runtime.ops.AlterColumn;
import io.retort.runtime.ops.AlterColumn.DefaultChange;
import io.retort.runtime.ops.RunJdbc;
import io.retort.runtime.schema.Column;
import io.retort.runtime.schema.ColumnType;
import io.retort.runtime.schema.Index;
import io.retort.runtime.ops.CreateIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The SQL each dialect renders for every operation, compared with {@code golden/dialect/<database>/<group>.sql}. */
class DialectSqlTest {

  static Stream<Arguments> dialectsAndGroups() {
    List<Arguments> arguments = new ArrayList<>();
    for (Dialect dialect : Dialects.all()) {
      for (String group : SampleOperations.groups().keySet()) {
        arguments.add(Arguments.of(dialect.name(), group));
      }
    }
    return arguments.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("dialectsAndGroups")
  void rendersTheGoldenSql(String dialectName, String group) {
    Dialect dialect = Dialects.forName(dialectName);
    StringBuilder text = new StringBuilder();
    for (SampleOperations.Case sample : SampleOperations.groups().get(group)) {
      text.append("-- ").append(sample.title()).append('\n');
      for (SqlStatement statement : sample.render().apply(dialect)) {
        text.append(statement.sql()).append(dialect.statementTerminator()).append('\n');
        if (!statement.parameters().isEmpty()) {
          text.append("-- parameters: ")
              .append(statement.parameters().stream().map(dialect::literal).collect(Collectors.joining(", ")))
              .append('\n');
        }
      }
      text.append('\n');
    }
    GoldenFiles.assertMatches("dialect/" + dialectName + "/" + group + ".sql", text.toString());
  }

  @Test
  void mariaDbNeedsTheExistingColumnToChangeTypeOrNullability() {
    Dialect mariadb = new MariaDbDialect();
    AlterColumn retype = new AlterColumn("products", "price", ColumnType.numeric(12, 2), null, null, null, null);
    RetortException e = assertThrows(RetortException.class, () -> mariadb.statements(retype));
    assertTrue(e.getMessage().contains("existingType(...)"), e.getMessage());
    AlterColumn nullability = new AlterColumn("products", "price", null, false, null, null, null);
    assertThrows(RetortException.class, () -> mariadb.statements(nullability));
  }

  @Test
  void mariaDbChangesADefaultOrANameWithoutTheExistingColumn() {
    Dialect mariadb = new MariaDbDialect();
    AlterColumn change = new AlterColumn("products", "price", null, null, new DefaultChange("0"), "cost", null);
    assertEquals(List.of(
        SqlStatement.of("ALTER TABLE `products` ALTER COLUMN `price` SET DEFAULT 0"),
        SqlStatement.of("ALTER TABLE `products` RENAME COLUMN `price` TO `cost`")), mariadb.statements(change));
  }

  @Test
  void postgresAndH2ChangeATypeWithoutTheExistingColumn() {
    AlterColumn retype = new AlterColumn("products", "price", ColumnType.of(ColumnType.Kind.INTEGER), null, null, null, null);
    assertEquals(List.of(SqlStatement.of("ALTER TABLE \"products\" ALTER COLUMN \"price\" TYPE INTEGER USING \"price\"::INTEGER")),
        new PostgresDialect().statements(retype));
    assertEquals(List.of(SqlStatement.of("ALTER TABLE \"PRODUCTS\" ALTER COLUMN \"PRICE\" SET DATA TYPE INTEGER")),
        new H2Dialect().statements(retype));
  }

  @Test
  void runJdbcHasNoSql() {
    RunJdbc work = new RunJdbc("fill slugs", db -> { });
    for (Dialect dialect : Dialects.all()) {
      assertThrows(IllegalArgumentException.class, () -> dialect.statements(work), dialect.name());
    }
  }

  @Test
  void anIdentityColumnCannotHaveADefault() {
    Column id = Column.of("id", ColumnType.of(ColumnType.Kind.INTEGER)).identity().serverDefault("1");
    for (Dialect dialect : Dialects.all()) {
      assertThrows(IllegalArgumentException.class,
          () -> dialect.statements(new io.retort.runtime.ops.AddColumn("t", id)), dialect.name());
    }
  }

  @Test
  void anIndexNeedsAName() {
    CreateIndex unnamed = new CreateIndex("t", new Index(null, List.of("a"), false));
    for (Dialect dialect : Dialects.all()) {
      assertThrows(IllegalArgumentException.class, () -> dialect.statements(unnamed), dialect.name());
    }
  }

  @Test
  void mariaDbNeedsALengthForStrings() {
    assertThrows(RetortException.class, () -> new MariaDbDialect().renderType(ColumnType.of(ColumnType.Kind.STRING)));
    assertEquals("VARCHAR", new PostgresDialect().renderType(ColumnType.of(ColumnType.Kind.STRING)));
  }
}
