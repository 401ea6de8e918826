package io.retort.autogen.evolution;

import io.retort.autogen.evolution.Model.Entity;
import io.retort.autogen.evolution.Model.Field;
import io.retort.autogen.evolution.Model.Idx;
import io.retort.autogen.evolution.Model.Inheritance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Java sources of a {@link Model}: one class per entity and one per enum, annotated the way an
 * application would write them. Table, column, join-table and constraint names are explicit so that
 * a failing step can be read against the database.
 */
final class EntitySources {
  private EntitySources() {
  }

  /** File name ({@code E3.java}) to source, in name order. */
  static Map<String, String> of(Model model) {
    Map<String, String> files = new TreeMap<>();
    for (Model.EnumType type : model.enums()) {
      files.put(type.name() + ".java", "package " + Model.PACKAGE + ";\n\npublic enum " + type.name() + " {\n  "
          + String.join(", ", type.values()) + "\n}\n");
    }
    for (Entity entity : model.entities()) {
      files.put(entity.name() + ".java", entity(model, entity));
    }
    return files;
  }

  private static String entity(Model model, Entity entity) {
    StringBuilder out = new StringBuilder();
    out.append("package ").append(Model.PACKAGE).append(";\n\n");
    out.append("import jakarta.persistence.*;\n\n");
    out.append("@Entity\n");
    boolean sharedTable = model.inSharedTable(entity);
    if (!sharedTable) {
      out.append("@Table(name = \"").append(entity.table()).append('"');
      List<String> indexes = new ArrayList<>();
      List<String> uniques = new ArrayList<>();
      for (Idx idx : entity.indexes()) {
        if (idx.constraint()) {
          uniques.add("@UniqueConstraint(name = \"" + idx.name() + "\", columnNames = {" + quotedList(idx.columns()) + "})");
        } else {
          indexes.add("@Index(name = \"" + idx.name() + "\", columnList = \"" + String.join(", ", idx.columns()) + "\""
              + (idx.unique() ? ", unique = true" : "") + ")");
        }
      }
      if (!indexes.isEmpty()) {
        out.append(",\n    indexes = {").append(String.join(", ", indexes)).append('}');
      }
      if (!uniques.isEmpty()) {
        out.append(",\n    uniqueConstraints = {").append(String.join(", ", uniques)).append('}');
      }
      out.append(")\n");
    }
    if (entity.isRoot() && entity.inheritance() != Inheritance.NONE) {
      out.append("@Inheritance(strategy = InheritanceType.").append(entity.inheritance()).append(")\n");
    }
    out.append("public class ").append(entity.name());
    if (entity.parent() != null) {
      out.append(" extends ").append(entity.parent());
    }
    out.append(" {\n");
    if (entity.isRoot()) {
      out.append("  @Id\n");
      if (entity.id() == Model.IdKind.IDENTITY) {
        out.append("  @GeneratedValue(strategy = GenerationType.IDENTITY)\n");
      } else {
        out.append("  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = \"").append(entity.table()).append("_gen\")\n");
        out.append("  @SequenceGenerator(name = \"").append(entity.table()).append("_gen\", sequenceName = \"")
            .append(entity.table()).append("_seq\", allocationSize = 10)\n");
      }
      out.append("  @Column(name = \"id\")\n  private Long id;\n");
    }
    for (Field field : entity.fields()) {
      out.append('\n').append(field(entity, field));
    }
    out.append("}\n");
    return out.toString();
  }

  private static String field(Entity entity, Field f) {
    String nullable = f.nullable() ? "" : ", nullable = false";
    String column = "@Column(name = \"" + f.name() + "\"" + nullable;
    return switch (f.kind()) {
      case STRING -> "  " + column + ", length = " + f.length() + ")\n  private String " + f.name() + ";\n";
      case TEXT -> "  @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.LONGVARCHAR)\n  " + column
          + ")\n  private String " + f.name() + ";\n";
      case LOB -> "  @Lob\n  " + column + ")\n  private String " + f.name() + ";\n";
      case INT -> "  " + column + ")\n  private Integer " + f.name() + ";\n";
      case LONG -> "  " + column + ")\n  private Long " + f.name() + ";\n";
      case DECIMAL -> "  " + column + ", precision = " + f.precision() + ", scale = " + f.scale() + ")\n  private java.math.BigDecimal "
          + f.name() + ";\n";
      case DOUBLE -> "  " + column + ")\n  private Double " + f.name() + ";\n";
      case BOOLEAN -> "  " + column + ")\n  private Boolean " + f.name() + ";\n";
      case DATE -> "  " + column + ")\n  private java.time.LocalDate " + f.name() + ";\n";
      case DATETIME -> "  " + column + ")\n  private java.time.LocalDateTime " + f.name() + ";\n";
      case TIME -> "  " + column + ")\n  private java.time.LocalTime " + f.name() + ";\n";
      case INSTANT -> "  " + column + ")\n  private java.time.Instant " + f.name() + ";\n";
      case UUID -> "  " + column + ")\n  private java.util.UUID " + f.name() + ";\n";
      case BYTES -> "  " + column + ", length = " + f.length() + ")\n  private byte[] " + f.name() + ";\n";
      case ENUM -> "  @Enumerated(EnumType.STRING)\n  " + column + ")\n  private " + f.target() + " " + f.name() + ";\n";
      case MANY_TO_ONE -> "  @ManyToOne" + (f.nullable() ? "" : "(optional = false)") + "\n  @JoinColumn(name = \"" + f.column() + "\""
          + nullable + ")\n  private " + f.target() + " " + f.name() + ";\n";
      case MANY_TO_MANY -> "  @ManyToMany\n  @JoinTable(name = \"" + entity.table() + "_" + f.name() + "\", joinColumns = @JoinColumn(name = \"owner_id\"),"
          + " inverseJoinColumns = @JoinColumn(name = \"" + f.name() + "_id\"))\n  private java.util.Set<" + f.target() + "> " + f.name()
          + " = new java.util.HashSet<>();\n";
      case ELEMENT_COLLECTION -> "  @ElementCollection\n  @CollectionTable(name = \"" + entity.table() + "_" + f.name()
          + "\", joinColumns = @JoinColumn(name = \"owner_id\"))\n  @Column(name = \"val\", nullable = false, length = " + f.length()
          + ")\n  private java.util.Set<String> " + f.name() + " = new java.util.HashSet<>();\n";
    };
  }

  private static String quotedList(List<String> names) {
    return String.join(", ", names.stream().map(n -> '"' + n + '"').toList());
  }
}
