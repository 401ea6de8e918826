package io.retort.runtime.dialect;

import static io.retort.runtime.api.Columns.binary;
import static io.retort.runtime.api.Columns.bool;
import static io.retort.runtime.api.Columns.column;
import static io.retort.runtime.api.Columns.date;
import static io.retort.runtime.api.Columns.doublePrecision;
import static io.retort.runtime.api.Columns.integer;
import static io.retort.runtime.api.Columns.numeric;
import static io.retort.runtime.api.Columns.string;
import static io.retort.runtime.api.Columns.text;
import static io.retort.runtime.api.Columns.time;
import static io.retort.runtime.api.Columns.timestamp;
import static io.retort.runtime.api.Columns.uuid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.retort.runtime.ops.AddColumn;
import io.retort.runtime.ops.BulkInsert;
import io.retort.runtime.ops.CreateTable;
import io.retort.runtime.ops.Execute;
import io.retort.runtime.ops.Operation;
import io.retort.runtime.schema.PrimaryKey;
import io.retort.runtime.schema.Table;
import io.retort.runtime.testing.TestDatabase;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A script whose parameters are written in as literals ({@code --sql}) leaves the same data as running it online. */
class OfflineScriptTest {

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void inlinedScriptGivesTheSameRowsAsBoundParameters(TestDatabase.Kind kind) throws SQLException {
    try (LiveDatabase online = LiveDatabase.create(kind); LiveDatabase offline = LiveDatabase.create(kind)) {
      Operation[] script = script(online.dialect);
      online.run(script);
      offline.runOffline(script);
      String query = "SELECT * FROM " + online.dialect.quote("sample") + " ORDER BY " + online.dialect.quote("id");
      List<List<String>> expected = online.rows(query);
      assertEquals(3, expected.size());
      assertEquals(List.of("1", "it's a ? mark", "12.50"), expected.get(0).subList(0, 3));
      assertEquals(List.of("2", "O'Brien?", "-0.01"), expected.get(1).subList(0, 3));
      assertEquals("C:\\temp\\new -- not a comment /* nor this */", expected.get(0).get(10));
      assertEquals("7", expected.get(2).get(11), "the default of the added column");
      assertEquals("cafe0001", expected.get(0).get(9).replace("\\x", ""), "the bytes, as hex");
      assertEquals(expected, offline.rows(query));
    }
  }

  private static Operation[] script(Dialect d) {
    Table sample = new Table("sample", List.of(
        column("id", integer()).notNull(),
        column("name", string(100)),
        column("price", numeric(10, 2)),
        column("ratio", doublePrecision()),
        column("born", date()),
        column("seen", timestamp(6)),
        column("opens", time()),
        column("active", bool()),
        column("ref", uuid()),
        column("data", binary(8)),
        column("note", text())),
        new PrimaryKey(null, List.of("id")), List.of(), List.of(), List.of(), List.of());
    Map<String, Object> first = new LinkedHashMap<>();
    first.put("id", 1);
    first.put("name", "it's a ? mark");
    first.put("price", new BigDecimal("12.50"));
    first.put("ratio", 0.25d);
    first.put("born", LocalDate.of(1990, 2, 28));
    first.put("seen", LocalDateTime.of(2026, 11, 26, 10, 15, 30, 123_456_000));
    first.put("opens", LocalTime.of(9, 30));
    first.put("active", true);
    first.put("ref", UUID.fromString("c3b2a1e4-0000-4000-8000-00000000abcd"));
    first.put("data", new byte[] {(byte) 0xCA, (byte) 0xFE, 0, 1});
    first.put("note", "C:\\temp\\new -- not a comment /* nor this */");
    Map<String, Object> second = new LinkedHashMap<>();
    second.put("id", 2);
    second.put("name", null);
    second.put("price", null);
    second.put("active", false);
    second.put("note", "line one\nline two; with a semicolon");
    return new Operation[] {
        new CreateTable(sample),
        new BulkInsert("sample", List.of(first, second, Map.of("id", 3))),
        new Execute("UPDATE " + d.quote("sample") + " SET " + d.quote("name") + " = ?, " + d.quote("price") + " = ? WHERE "
            + d.quote("id") + " = ? AND " + d.quote("name") + " IS NULL -- who? 'what?'", List.of("O'Brien?", new BigDecimal("-0.01"), 2)),
        new AddColumn("sample", column("rank", integer()).serverDefault("7")),
    };
  }
}
