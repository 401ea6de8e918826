package io.retort.autogen.evolution;

import io.retort.autogen.evolution.Model.Entity;
import io.retort.autogen.evolution.Model.EnumType;
import io.retort.autogen.evolution.Model.Field;
import io.retort.autogen.evolution.Model.IdKind;
import io.retort.autogen.evolution.Model.Idx;
import io.retort.autogen.evolution.Model.Inheritance;
import io.retort.autogen.evolution.Model.Kind;
import io.retort.runtime.testing.TestDatabase;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * A seeded generator of entity models and of the edits a developer makes between versions, limited
 * to what autogenerate handles without a person deciding (no renames: a rename needs a
 * confirmation). The same seed gives the same models and edits on a given database.
 */
final class ModelGenerator {
  private static final int[] STRING_LENGTHS = {20, 40, 80, 120, 255};

  private final Random random;
  private final Set<Kind> kinds;
  /**
   * Whether a downgrade re-creates a dropped check constraint (an enum column's, a SINGLE_TABLE
   * discriminator's) exactly as Hibernate writes it.
   */
  private final boolean checksRecreatedExactly;

  ModelGenerator(long seed, TestDatabase.Kind database) {
    this.random = new Random(seed);
    this.kinds = kindsFor(database);
    // issue 9: on PostgreSQL a revision drops and re-creates a check from the text the server printed
    // ((f4)::text = ANY ((ARRAY['NEW'::character varying, ...])::text[])), which the server re-parses
    // into another text (ARRAY[('NEW'::character varying)::text, ...]): after downgrade -1 the schema is
    // not the previous one. Until checks are portable operations, no edit there drops or changes an
    // existing check: no enum values added, no enum column or table with checks dropped, no subclass
    // added to or dropped from a SINGLE_TABLE hierarchy after its creation.
    this.checksRecreatedExactly = database != TestDatabase.Kind.POSTGRESQL;
  }

  /** The field kinds used on {@code database}; the ones left out say why. */
  static Set<Kind> kindsFor(TestDatabase.Kind database) {
    Set<Kind> kinds = EnumSet.allOf(Kind.class);
    if (database == TestDatabase.Kind.POSTGRESQL) {
      // @Lob String is an oid (a large-object reference) on PostgreSQL: rows cannot hold a string in it
      // through JDBC, and applications that want text there map it as TEXT (LONGVARCHAR) instead.
      kinds.remove(Kind.LOB);
    }
    return kinds;
  }

  /** A first model: a few entities, some with relations between them. */
  Model initial() {
    Model model = new Model(List.of(), List.of(), 1);
    int entities = 2 + random.nextInt(3);
    for (int i = 0; i < entities; i++) {
      model = addEntity(model).after();
    }
    return model;
  }

  /** The next edit of {@code model}: a random one among those that apply to it. */
  Edit next(Model model) {
    List<Function<Model, Optional<Edit>>> edits = List.of(
        m -> Optional.of(addEntity(m)), this::dropEntity, this::addSubclass,
        this::addField, this::addField, this::dropField, this::widenString, this::narrowString, this::widenDecimal,
        this::nullableOn, this::nullableOff, this::addIndex, this::addIndex, this::dropIndex,
        this::addManyToOne, this::addManyToMany, this::addElementCollection, this::dropRelation,
        this::addEnumField, this::addEnumValue);
    while (true) {
      Optional<Edit> edit = edits.get(random.nextInt(edits.size())).apply(model);
      if (edit.isPresent()) {
        return edit.get();
      }
    }
  }

  // ---- entities

  private Edit addEntity(Model model) {
    String name = model.freshName("E");
    model = model.next();
    Inheritance inheritance = random.nextInt(4) == 0 ? (random.nextBoolean() ? Inheritance.SINGLE_TABLE : Inheritance.JOINED)
        : Inheritance.NONE;
    IdKind id = random.nextBoolean() ? IdKind.IDENTITY : IdKind.SEQUENCE;
    Entity entity = new Entity(name, null, inheritance, id, List.of(), List.of());
    model = model.withEntity(entity);
    int fields = 1 + random.nextInt(4);
    for (int i = 0; i < fields; i++) {
      model = withNewSimpleField(model, name, random.nextInt(3) == 0);
    }
    if (inheritance != Inheritance.NONE) {
      // the first subclass comes with the root, while the table is empty: a SINGLE_TABLE root gets its
      // NOT NULL discriminator column only once it has a subclass, and that column cannot be added to
      // a table with rows without a person choosing the rows' values
      model = subclass(model, entity);
    }
    if (model.entities().size() > 1 && random.nextBoolean()) {
      Entity target = pick(model.entities());
      String field = model.freshName("f");
      model = model.next().mapEntity(name, e -> e.withField(new Field(field, Kind.MANY_TO_ONE, 0, 0, 0, true, target.name())));
    }
    return Edit.safe("add entity " + name + " (" + inheritance + ", " + id + ")", model);
  }

  private Optional<Edit> dropEntity(Model model) {
    // not the last subclass of a root: that would drop a SINGLE_TABLE discriminator, which the
    // downgrade cannot add back as NOT NULL to a table with rows
    List<Entity> candidates = model.entities().stream().filter(e -> !model.referenced(e.name())
        && (e.isRoot() || model.entities().stream().filter(o -> e.parent().equals(o.parent())).count() > 1)
        && (checksRecreatedExactly || !hasChecks(model, e))).toList();
    if (candidates.isEmpty() || model.entities().size() <= 2) {
      return Optional.empty();
    }
    Entity entity = pick(candidates);
    Set<String> lost = new HashSet<>();
    if (model.inSharedTable(entity)) {
      String table = model.tableOf(entity);
      entity.fields().forEach(f -> lost.add(table + "." + f.column()));
    } else {
      lost.add(entity.table());
    }
    entity.fields().stream().filter(f -> f.kind() == Kind.MANY_TO_MANY || f.kind() == Kind.ELEMENT_COLLECTION)
        .forEach(f -> lost.add(entity.table() + "_" + f.name()));
    return Optional.of(Edit.destructive("drop entity " + entity.name(), model.withoutEntity(entity.name()), lost));
  }

  private Optional<Edit> addSubclass(Model model) {
    List<Entity> roots = model.entities().stream().filter(e -> e.isRoot() && e.inheritance() != Inheritance.NONE
        && (checksRecreatedExactly || e.inheritance() == Inheritance.JOINED)).toList();
    if (roots.isEmpty()) {
      return Optional.empty();
    }
    Entity root = pick(roots);
    Model after = subclass(model, root);
    String name = last(after.entities()).name();
    return Optional.of(Edit.safe("add subclass " + name + " of " + root.name() + " (" + root.inheritance() + ")", after));
  }

  private Model subclass(Model model, Entity root) {
    String name = model.freshName("E");
    Model after = model.next().withEntity(new Entity(name, root.name(), Inheritance.NONE, root.id(), List.of(), List.of()));
    int fields = 1 + random.nextInt(3);
    for (int i = 0; i < fields; i++) {
      after = withNewSimpleField(after, name, false);
    }
    return after;
  }

  // ---- simple fields

  private Optional<Edit> addField(Model model) {
    Entity entity = pick(model.entities());
    Model after = withNewSimpleField(model, entity.name(), false);
    Field added = last(after.entity(entity.name()).orElseThrow().fields());
    return Optional.of(Edit.safe("add field " + entity.name() + "." + added.name() + " (" + added.kind() + ")", after));
  }

  /**
   * {@code model} with a new simple field on {@code entityName}: nullable, since the table may hold
   * rows, unless {@code notNull} asks otherwise (only for entities made in the same step).
   */
  private Model withNewSimpleField(Model model, String entityName, boolean notNull) {
    List<Kind> simple = kinds.stream().filter(Kind::simple).toList();
    Kind kind = pick(simple);
    String name = model.freshName("f");
    model = model.next();
    String target = null;
    if (kind == Kind.ENUM) {
      if (model.enums().isEmpty() || random.nextInt(3) == 0) {
        String enumName = model.freshName("Status");
        model = model.next();
        List<EnumType> enums = new ArrayList<>(model.enums());
        enums.add(new EnumType(enumName, List.of("NEW", "ACTIVE", "DONE").subList(0, 2 + random.nextInt(2))));
        model = model.withEnums(enums);
        target = enumName;
      } else {
        target = pick(model.enums()).name();
      }
    }
    int length = switch (kind) {
      case STRING -> STRING_LENGTHS[random.nextInt(STRING_LENGTHS.length)];
      case BYTES -> 16 + 16 * random.nextInt(4);
      default -> 0;
    };
    int precision = kind == Kind.DECIMAL ? 8 + 2 * random.nextInt(4) : 0;
    int scale = kind == Kind.DECIMAL ? 2 * random.nextInt(2) : 0;
    Entity entity = model.entity(entityName).orElseThrow();
    boolean nullable = !notNull || model.inSharedTable(entity);
    Field field = new Field(name, kind, length, precision, scale, nullable, target);
    return model.mapEntity(entityName, e -> e.withField(field));
  }

  /**
   * Drops a nullable field. A NOT NULL column is first made nullable (another edit), as a person would:
   * the downgrade of dropping a NOT NULL column cannot add it back to a table that has rows.
   */
  private Optional<Edit> dropField(Model model) {
    return pickField(model, (e, f) -> f.kind().simple() && f.nullable() && !indexed(e, f)
        && (checksRecreatedExactly || f.kind() != Kind.ENUM)).map(p -> {
      Model after = model.mapEntity(p.entity().name(), e -> e.withoutField(p.field().name()));
      return Edit.destructive("drop field " + p.entity().name() + "." + p.field().name(), after,
          Set.of(model.tableOf(p.entity()) + "." + p.field().column()));
    });
  }

  private Optional<Edit> widenString(Model model) {
    return pickField(model, (e, f) -> f.kind() == Kind.STRING && f.length() < 255).map(p -> {
      Model after = model.mapEntity(p.entity().name(), e -> e.replaceField(p.field().withLength(Math.min(255, p.field().length() * 2))));
      return Edit.safe("widen " + p.entity().name() + "." + p.field().name(), after);
    });
  }

  private Optional<Edit> narrowString(Model model) {
    return pickField(model, (e, f) -> f.kind() == Kind.STRING && f.length() > 20).map(p -> {
      Model after = model.mapEntity(p.entity().name(), e -> e.replaceField(p.field().withLength(p.field().length() / 2)));
      return Edit.destructive("narrow " + p.entity().name() + "." + p.field().name(), after,
          Set.of(model.tableOf(p.entity()) + "." + p.field().column()));
    });
  }

  private Optional<Edit> widenDecimal(Model model) {
    return pickField(model, (e, f) -> f.kind() == Kind.DECIMAL && f.precision() < 18).map(p -> {
      Model after = model.mapEntity(p.entity().name(), e -> e.replaceField(p.field().withPrecision(p.field().precision() + 2)));
      return Edit.safe("widen decimal " + p.entity().name() + "." + p.field().name(), after);
    });
  }

  private Optional<Edit> nullableOn(Model model) {
    return pickField(model, (e, f) -> f.kind().simple() && !f.nullable()).map(p -> {
      Model after = model.mapEntity(p.entity().name(), e -> e.replaceField(p.field().withNullable(true)));
      return Edit.safe("make " + p.entity().name() + "." + p.field().name() + " nullable", after);
    });
  }

  private Optional<Edit> nullableOff(Model model) {
    return pickField(model, (e, f) -> f.kind().simple() && f.nullable() && !model.inSharedTable(e)).map(p -> {
      Model after = model.mapEntity(p.entity().name(), e -> e.replaceField(p.field().withNullable(false)));
      return new Edit("make " + p.entity().name() + "." + p.field().name() + " NOT NULL", after, Set.of(),
          List.of(model.tableOf(p.entity()) + "." + p.field().column()));
    });
  }

  // ---- indexes and unique constraints

  private Optional<Edit> addIndex(Model model) {
    List<Entity> owners = model.entities().stream().filter(e -> !model.inSharedTable(e)
        && e.fields().stream().anyMatch(f -> f.kind().indexable() && !indexed(e, f))).toList();
    if (owners.isEmpty()) {
      return Optional.empty();
    }
    Entity entity = pick(owners);
    int flavour = random.nextInt(3);
    List<Field> free = entity.fields().stream().filter(f -> f.kind().indexable() && !indexed(entity, f)
        && (flavour == 0 || f.kind().uniqueable())).toList();
    if (free.isEmpty()) {
      return Optional.empty();
    }
    List<String> columns = new ArrayList<>(List.of(pick(free).name()));
    if (free.size() > 1 && random.nextInt(3) == 0) {
      free.stream().map(Field::name).filter(n -> !columns.contains(n)).findFirst().ifPresent(columns::add);
    }
    String name = (flavour == 0 ? "ix_" : "uk_") + entity.table() + "_" + model.counter();
    Idx idx = new Idx(name, columns, flavour != 0, flavour == 2);
    List<Idx> indexes = new ArrayList<>(entity.indexes());
    indexes.add(idx);
    Model after = model.next().mapEntity(entity.name(), e -> e.withIndexes(indexes));
    String what = flavour == 0 ? "index" : flavour == 1 ? "unique index" : "unique constraint";
    return Optional.of(Edit.safe("add " + what + " " + name + " on " + entity.table() + columns, after));
  }

  private Optional<Edit> dropIndex(Model model) {
    List<Entity> owners = model.entities().stream().filter(e -> !e.indexes().isEmpty()).toList();
    if (owners.isEmpty()) {
      return Optional.empty();
    }
    Entity entity = pick(owners);
    Idx idx = pick(entity.indexes());
    Model after = model.mapEntity(entity.name(), e -> e.withIndexes(e.indexes().stream().filter(i -> i != idx).toList()));
    return Optional.of(Edit.safe("drop " + idx.name(), after));
  }

  // ---- relations and collections

  private Optional<Edit> addManyToOne(Model model) {
    Entity owner = pick(model.entities());
    Entity target = pick(model.entities());
    String field = model.freshName("f");
    Model after = model.next().mapEntity(owner.name(), e -> e.withField(new Field(field, Kind.MANY_TO_ONE, 0, 0, 0, true, target.name())));
    return Optional.of(Edit.safe("add many-to-one " + owner.name() + "." + field + " -> " + target.name(), after));
  }

  private Optional<Edit> addManyToMany(Model model) {
    Entity owner = pick(model.entities());
    Entity target = pick(model.entities());
    String field = model.freshName("f");
    Model after = model.next().mapEntity(owner.name(), e -> e.withField(new Field(field, Kind.MANY_TO_MANY, 0, 0, 0, true, target.name())));
    return Optional.of(Edit.safe("add many-to-many " + owner.name() + "." + field + " -> " + target.name(), after));
  }

  private Optional<Edit> addElementCollection(Model model) {
    Entity owner = pick(model.entities());
    String field = model.freshName("f");
    int length = STRING_LENGTHS[random.nextInt(3)];
    Model after = model.next().mapEntity(owner.name(), e -> e.withField(new Field(field, Kind.ELEMENT_COLLECTION, length, 0, 0, true, null)));
    return Optional.of(Edit.safe("add element collection " + owner.name() + "." + field, after));
  }

  private Optional<Edit> dropRelation(Model model) {
    return pickField(model, (e, f) -> !f.kind().simple()).map(p -> {
      Model after = model.mapEntity(p.entity().name(), e -> e.withoutField(p.field().name()));
      String lost = p.field().kind() == Kind.MANY_TO_ONE ? model.tableOf(p.entity()) + "." + p.field().column()
          : p.entity().table() + "_" + p.field().name();
      return Edit.destructive("drop " + p.field().kind() + " " + p.entity().name() + "." + p.field().name(), after, Set.of(lost));
    });
  }

  // ---- enums

  private Optional<Edit> addEnumField(Model model) {
    if (!kinds.contains(Kind.ENUM)) {
      return Optional.empty();
    }
    return addField(model).filter(edit -> edit.description().endsWith("(ENUM)"));
  }

  /** A new constant at the end of an enum: every column of that enum accepts one more value. */
  private Optional<Edit> addEnumValue(Model model) {
    if (!checksRecreatedExactly) {
      return Optional.empty();
    }
    List<EnumType> used = model.enums().stream().filter(t -> model.entities().stream()
        .anyMatch(e -> e.fields().stream().anyMatch(f -> t.name().equals(f.target())))).toList();
    if (used.isEmpty()) {
      return Optional.empty();
    }
    EnumType type = pick(used);
    List<String> values = new ArrayList<>(type.values());
    values.add("V" + model.counter());
    Model after = model.next().withEnums(model.enums().stream().map(t -> t == type ? new EnumType(t.name(), values) : t).toList());
    return Optional.of(Edit.safe("add value to enum " + type.name(), after));
  }

  // ---- helpers

  private record Picked(Entity entity, Field field) {
  }

  private interface FieldTest {
    boolean test(Entity entity, Field field);
  }

  private Optional<Picked> pickField(Model model, FieldTest test) {
    List<Picked> candidates = new ArrayList<>();
    for (Entity e : model.entities()) {
      for (Field f : e.fields()) {
        if (test.test(e, f)) {
          candidates.add(new Picked(e, f));
        }
      }
    }
    return candidates.isEmpty() ? Optional.empty() : Optional.of(pick(candidates));
  }

  /** Whether dropping the entity drops a check constraint: an enum column, a SINGLE_TABLE discriminator. */
  private static boolean hasChecks(Model model, Entity entity) {
    return model.root(entity).inheritance() == Inheritance.SINGLE_TABLE
        || entity.fields().stream().anyMatch(f -> f.kind() == Kind.ENUM);
  }

  private static boolean indexed(Entity entity, Field field) {
    return entity.indexes().stream().anyMatch(i -> i.columns().contains(field.name()));
  }

  private <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  private static <T> T last(List<T> items) {
    return items.get(items.size() - 1);
  }
}
