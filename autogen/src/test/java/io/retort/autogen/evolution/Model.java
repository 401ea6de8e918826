package io.retort.autogen.evolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One version of a generated entity model: the entities (with their fields, indexes and unique
 * constraints), the enum types they use, and a counter that hands out fresh names. Plain data, so a
 * generator edit is a function from one value to the next and a failing step can be printed.
 */
record Model(List<Entity> entities, List<EnumType> enums, int counter) {
  static final String PACKAGE = "evo.entities";

  Model {
    entities = List.copyOf(entities);
    enums = List.copyOf(enums);
  }

  /** How a root entity maps its subclasses. */
  enum Inheritance { NONE, SINGLE_TABLE, JOINED }

  /** How ids are generated. */
  enum IdKind { IDENTITY, SEQUENCE }

  /** The kinds of field the generator writes; each is one mapping autogenerate supports. */
  enum Kind {
    STRING, TEXT, LOB, INT, LONG, DECIMAL, DOUBLE, BOOLEAN, DATE, DATETIME, TIME, INSTANT, UUID, BYTES, ENUM,
    MANY_TO_ONE, MANY_TO_MANY, ELEMENT_COLLECTION;

    /** A plain column of the entity's own table (not a relation or a collection table). */
    boolean simple() {
      return this != MANY_TO_ONE && this != MANY_TO_MANY && this != ELEMENT_COLLECTION;
    }

    /** Databases index the kind's columns as they are (no large objects: H2 and MariaDB refuse those). */
    boolean indexable() {
      return simple() && this != TEXT && this != LOB && this != BYTES;
    }

    /** Values of the kind can be distinct row by row, so the column may carry a unique constraint. */
    boolean uniqueable() {
      return switch (this) {
        case STRING, INT, LONG, DECIMAL, DATE, DATETIME, UUID -> true;
        default -> false;
      };
    }
  }

  /** An enum type: its Java name and its constants in order. */
  record EnumType(String name, List<String> values) {
    EnumType {
      values = List.copyOf(values);
    }
  }

  /**
   * A field: its name (also its column, join column or collection table stem), kind, string or binary
   * length, numeric precision and scale, nullability, and the entity or enum it refers to.
   */
  record Field(String name, Kind kind, int length, int precision, int scale, boolean nullable, String target) {
    Field withLength(int newLength) {
      return new Field(name, kind, newLength, precision, scale, nullable, target);
    }

    Field withPrecision(int newPrecision) {
      return new Field(name, kind, length, newPrecision, scale, nullable, target);
    }

    Field withNullable(boolean newNullable) {
      return new Field(name, kind, length, precision, scale, newNullable, target);
    }

    /** The column of a many-to-one: {@code <field>_id}; of a simple field: the field's name. */
    String column() {
      return kind == Kind.MANY_TO_ONE ? name + "_id" : name;
    }
  }

  /** An index ({@code @Index}) or a unique constraint ({@code @UniqueConstraint}) on fields of the entity's table. */
  record Idx(String name, List<String> columns, boolean unique, boolean constraint) {
    Idx {
      columns = List.copyOf(columns);
    }
  }

  /**
   * An entity. A root has {@code parent == null} and an {@link Inheritance}; a subclass names its
   * parent and inherits the root's strategy and id.
   */
  record Entity(String name, String parent, Inheritance inheritance, IdKind id, List<Field> fields, List<Idx> indexes) {
    Entity {
      fields = List.copyOf(fields);
      indexes = List.copyOf(indexes);
    }

    String table() {
      return name.toLowerCase(java.util.Locale.ROOT);
    }

    boolean isRoot() {
      return parent == null;
    }

    Optional<Field> field(String fieldName) {
      return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }

    Entity withFields(List<Field> newFields) {
      return new Entity(name, parent, inheritance, id, newFields, indexes);
    }

    Entity withIndexes(List<Idx> newIndexes) {
      return new Entity(name, parent, inheritance, id, fields, newIndexes);
    }

    Entity withField(Field field) {
      List<Field> copy = new ArrayList<>(fields);
      copy.add(field);
      return withFields(copy);
    }

    Entity replaceField(Field field) {
      return withFields(fields.stream().map(f -> f.name().equals(field.name()) ? field : f).toList());
    }

    Entity withoutField(String fieldName) {
      return withFields(fields.stream().filter(f -> !f.name().equals(fieldName)).toList());
    }
  }

  Optional<Entity> entity(String name) {
    return entities.stream().filter(e -> e.name().equals(name)).findFirst();
  }

  Entity root(Entity entity) {
    Entity e = entity;
    while (e.parent() != null) {
      e = entity(e.parent()).orElseThrow();
    }
    return e;
  }

  /** The table a field of {@code entity} lives in: the root's for a SINGLE_TABLE subclass, else its own. */
  String tableOf(Entity entity) {
    Entity root = root(entity);
    return root.inheritance() == Inheritance.SINGLE_TABLE ? root.table() : entity.table();
  }

  /** A field of a SINGLE_TABLE subclass: its column is always nullable, whatever the mapping says. */
  boolean inSharedTable(Entity entity) {
    return entity.parent() != null && root(entity).inheritance() == Inheritance.SINGLE_TABLE;
  }

  Optional<EnumType> enumType(String name) {
    return enums.stream().filter(e -> e.name().equals(name)).findFirst();
  }

  String freshName(String prefix) {
    return prefix + counter;
  }

  Model next() {
    return new Model(entities, enums, counter + 1);
  }

  Model withEntities(List<Entity> newEntities) {
    return new Model(newEntities, enums, counter);
  }

  Model withEnums(List<EnumType> newEnums) {
    return new Model(entities, newEnums, counter);
  }

  Model mapEntity(String name, UnaryOperator<Entity> change) {
    return withEntities(entities.stream().map(e -> e.name().equals(name) ? change.apply(e) : e).toList());
  }

  Model withEntity(Entity entity) {
    List<Entity> copy = new ArrayList<>(entities);
    copy.add(entity);
    return withEntities(copy);
  }

  Model withoutEntity(String name) {
    return withEntities(entities.stream().filter(e -> !e.name().equals(name)).toList());
  }

  /** Whether any other entity refers to {@code name}: a relation, a subclass. */
  boolean referenced(String name) {
    return entities.stream().anyMatch(e -> !e.name().equals(name)
        && (name.equals(e.parent()) || e.fields().stream().anyMatch(f -> name.equals(f.target()) && !f.kind().simple())));
  }
}
