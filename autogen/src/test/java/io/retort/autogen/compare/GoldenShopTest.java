package io.retort.autogen.compare;

import static io.retort.autogen.compare.TestModels.bigint;
import static io.retort.autogen.compare.TestModels.check;
import static io.retort.autogen.compare.TestModels.col;
import static io.retort.autogen.compare.TestModels.fk;
import static io.retort.autogen.compare.TestModels.id;
import static io.retort.autogen.compare.TestModels.index;
import static io.retort.autogen.compare.TestModels.integer;
import static io.retort.autogen.compare.TestModels.numeric;
import static io.retort.autogen.compare.TestModels.table;
import static io.retort.autogen.compare.TestModels.text;
import static io.retort.autogen.compare.TestModels.unique;
import static io.retort.autogen.compare.TestModels.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.retort.runtime.ops.Operation;
import io.retort.runtime.schema.CheckConstraint;
import io.retort.runtime.schema.Column;
import io.retort.runtime.schema.ForeignKey;
import io.retort.runtime.schema.Index;
import io.retort.runtime.schema.PrimaryKey;
import io.retort.runtime.schema.ReferentialAction;
import io.retort.runtime.schema.SchemaModel;
import io.retort.runtime.schema.Sequence;
import io.retort.runtime.schema.Table;
import io.retort.runtime.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The seed's shop, as PostgreSQL reports it, against the entities after a round of edits: many kinds of
 * change at once (and some that only look like changes: a renamed column's index, a check condition in
 * PostgreSQL's spelling, a unique constraint under another name), checked against a golden rendering,
 * executable in order both ways, and the same whatever order the models list their parts in.
 */
class GoldenShopTest {

  private static final String GOLDEN = """
      upgrade:
        SAFE     Detected increment change from 1 to 50 on sequence 'products_seq'
        SAFE     Detected added sequence 'tags_seq'
        SAFE     Detected renamed column 'products.title' to 'name'
        SAFE     Detected removed foreign key 'products_category_id_fkey' on 'products' (category_id) -> 'categories' (id)
        DANGER   Detected removed table 'old_table'  # drops table 'old_table' and all its rows
        DANGER   Detected removed column 'products.old_code'  # drops column 'products.old_code' and its data
        SAFE     Detected added column 'products.description'
        SAFE     Detected added column 'products.sku'
        SAFE     Detected type change from numeric(10,2) to numeric(12,2) on 'products.price'
        CAUTION  Detected NULL to NOT NULL on 'products.stock'  # makes 'products.stock' NOT NULL; fails if existing rows hold NULL
        SAFE     Detected added unique constraint 'uq_products_sku' on 'products' (sku)
        SAFE     Detected added index 'ix_products_price' on 'products' (price)
        CAUTION  Detected added check constraint 'ck_products_stock' on 'products' (stock >= 0)  # adds check constraint 'ck_products_stock' on 'products'; fails if existing rows violate stock >= 0
        SAFE     Detected added table 'tags'
        SAFE     Detected added table 'product_tags'
        CAUTION  Detected added foreign key 'fk_products_category' on 'products' (category_id) -> 'categories' (id) ON DELETE CASCADE  # adds foreign key 'fk_products_category' on 'products' (category_id); fails if existing rows reference rows missing from 'categories'
      downgrade:
        removed foreign key 'fk_products_category' on 'products'
        removed table 'product_tags'
        removed table 'tags'
        removed check constraint 'ck_products_stock' on 'products'
        removed index 'ix_products_price' on 'products'
        removed unique constraint 'uq_products_sku' on 'products'
        altered column 'products.stock': now nullable
        altered column 'products.price': type numeric(12,2) -> numeric(10,2)
        removed column 'products.sku'
        removed column 'products.description'
        added column 'products.old_code'
        add table 'old_table'
        added foreign key 'products_category_id_fkey' on 'products' [category_id] -> 'categories' [id]
        altered column 'products.name': renamed to 'title'
        removed sequence 'tags_seq'
        execute ALTER SEQUENCE products_seq INCREMENT BY 1
      proposals:
        Possible rename: products.old_code -> products.sku (same type, nullability and default); confirm with --rename products.old_code=sku
      unused renames:
        products.titel=x: column 'products.titel' is not in the database
      """;

  private static List<Table> databaseTables() {
    return List.of(
        table("categories", id(), col("name", varchar(100)).notNull())
            .withUniqueConstraints(List.of(unique("categories_name_key", "name"))),
        table("products", id(), col("title", varchar(200)).notNull(), col("price", numeric(10, 2)).notNull(),
            col("stock", integer()), col("old_code", varchar(20)), col("category_id", bigint()))
            .withForeignKeys(List.of(fk("products_category_id_fkey", "category_id", "categories")))
            .withIndexes(List.of(index("products_title_idx", "title")))
            .withCheckConstraints(List.of(check("products_price_check", "((price >= (0)::numeric))"))),
        table("old_table", id(), col("note", text())),
        table("retort_version", col("version_num", varchar(32)).notNull()));
  }

  private static List<Table> entityTables() {
    return List.of(
        table("categories", id(), col("name", varchar(100)).notNull())
            .withUniqueConstraints(List.of(unique("UKt8o6pivur7nn124jehx7cygw5", "name"))),
        table("products", id(), col("name", varchar(200)).notNull(), col("price", numeric(12, 2)).notNull(),
            col("stock", integer()).notNull(), col("description", text()), col("sku", varchar(20)), col("category_id", bigint()))
            .withForeignKeys(List.of(fk("fk_products_category", "category_id", "categories", ReferentialAction.CASCADE)))
            .withIndexes(List.of(index("ix_products_name", "name"), index("ix_products_price", "price")))
            .withUniqueConstraints(List.of(unique("uq_products_sku", "sku")))
            .withCheckConstraints(List.of(check("ck_products_price", "price >= 0"), check("ck_products_stock", "stock >= 0"))),
        table("tags", id(), col("name", varchar(50)).notNull()),
        new Table("product_tags", List.of(col("product_id", bigint()).notNull(), col("tag_id", bigint()).notNull()),
            new PrimaryKey(null, List.of("product_id", "tag_id")),
            List.of(fk("fk_product_tags_tag", "tag_id", "tags"), fk("fk_product_tags_product", "product_id", "products")),
            List.of(), List.of(), List.of(index("ix_product_tags_tag", "tag_id"))));
  }

  private static List<Sequence> databaseSequences() {
    return List.of(new Sequence("products_seq", 1, 1));
  }

  private static List<Sequence> entitySequences() {
    return List.of(new Sequence("products_seq", 1, 50), new Sequence("tags_seq", 1, 50));
  }

  private static ComparisonOptions options(Map<String, String> renames) {
    return ComparisonOptions.defaults().withRenames(renames);
  }

  private static Map<String, String> renames() {
    Map<String, String> renames = new LinkedHashMap<>();
    renames.put("products.title", "name");
    renames.put("products.titel", "x");
    return renames;
  }

  static String render(Comparison c) {
    StringBuilder out = new StringBuilder("upgrade:\n");
    for (Change change : c.changes()) {
      out.append("  ").append(String.format("%-8s %s", change.safety().level(), change.detectedLine()));
      if (change.safety().needsWarning()) {
        out.append("  # ").append(change.safety().reason());
      }
      out.append('\n');
    }
    out.append("downgrade:\n");
    for (Operation op : c.downgradeOperations()) {
      out.append("  ").append(op.describe()).append('\n');
    }
    out.append("proposals:\n");
    c.proposals().forEach(p -> out.append("  ").append(p.message()).append('\n'));
    out.append("unused renames:\n");
    c.unusedRenames().forEach(u -> out.append("  ").append(u).append('\n'));
    return out.toString();
  }

  @Test
  void theShopComparesToTheGoldenText() {
    SchemaModel db = TestModels.model(databaseTables(), databaseSequences());
    SchemaModel entities = TestModels.model(entityTables(), entitySequences());
    Comparison c = new SchemaComparator(TestDialect.postgres(), options(renames())).compare(db, entities);
    assertEquals(GOLDEN, render(c));
  }

  @Test
  void theShopUpgradeAndDowngradeAreExecutableInOrder() {
    SchemaModel db = TestModels.model(databaseTables().subList(0, 3), databaseSequences());
    SchemaModel entities = TestModels.model(entityTables(), entitySequences());
    RoundTrip.compare(TestDialect.postgres(), options(Map.of("products.title", "name")), db, entities);
  }

  @Test
  void theResultDoesNotDependOnTheOrderOfTheInput() {
    Random random = new Random(20261126);
    for (int round = 0; round < 20; round++) {
      SchemaModel db = TestModels.model(shuffled(databaseTables(), random), shuffledList(databaseSequences(), random));
      SchemaModel entities = TestModels.model(shuffled(entityTables(), random), shuffledList(entitySequences(), random));
      List<Map.Entry<String, String>> entries = shuffledList(new ArrayList<>(renames().entrySet()), random);
      Map<String, String> renames = new LinkedHashMap<>();
      entries.forEach(e -> renames.put(e.getKey(), e.getValue()));
      Comparison c = new SchemaComparator(TestDialect.postgres(), options(renames)).compare(db, entities);
      assertEquals(GOLDEN, render(c), "round " + round);
    }
  }

  /** The tables in another order, each with its constraints and indexes in another order; columns keep theirs. */
  private static List<Table> shuffled(List<Table> tables, Random random) {
    List<Table> result = new ArrayList<>();
    for (Table t : tables) {
      List<ForeignKey> fks = shuffledList(t.foreignKeys(), random);
      List<UniqueConstraint> uniques = shuffledList(t.uniqueConstraints(), random);
      List<CheckConstraint> checks = shuffledList(t.checkConstraints(), random);
      List<Index> indexes = shuffledList(t.indexes(), random);
      List<Column> columns = t.columns();
      result.add(new Table(t.name(), columns, t.primaryKey(), fks, uniques, checks, indexes));
    }
    return shuffledList(result, random);
  }

  private static <T> List<T> shuffledList(List<T> list, Random random) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, random);
    return copy;
  }
}
