package io.retort.autogen.scan;

import java.util.ArrayList;
import java.util.List;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.QualifiedSequenceName;
import org.hibernate.boot.model.relational.QualifiedTableName;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;
import org.hibernate.engine.jdbc.env.spi.NameQualifierSupport;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Index;
import org.hibernate.mapping.Table;

/**
 * Writes Hibernate's names the way the schema model spells them: unquoted names as they are (they
 * compare without regard to case), quoted ones in double quotes (case-sensitive), whatever quote
 * characters the dialect uses. Table and sequence names are qualified exactly as Hibernate's DDL
 * qualifies them: with the default catalog and schema settings applied, and only with the qualifiers
 * the database supports (MariaDB has catalogs, not schemas). Index names are spelled as Hibernate's
 * index exporter spells them.
 */
final class SqlNames {
  private final SqlStringGenerationContext context;
  private final JdbcEnvironment environment;

  SqlNames(SqlStringGenerationContext context, JdbcEnvironment environment) {
    this.context = context;
    this.environment = environment;
  }

  String table(Table table) {
    QualifiedTableName name = context.withDefaults(table.getQualifiedTableName());
    return qualified(name.getCatalogName(), name.getSchemaName(), name.getTableName());
  }

  String sequence(QualifiedSequenceName sequenceName) {
    QualifiedSequenceName name = context.withDefaults(sequenceName);
    return qualified(name.getCatalogName(), name.getSchemaName(), name.getSequenceName());
  }

  /**
   * An index name as Hibernate's index exporter writes it: databases that qualify index names with
   * the schema (H2) get it through the identifier helper, which applies global quoting; the others
   * get the plain name.
   */
  String index(Index index) {
    Dialect dialect = context.getDialect();
    if (dialect.qualifyIndexName()) {
      return identifier(environment.getIdentifierHelper().toIdentifier(index.getQuotedName(dialect)));
    }
    return constraint(index.getName());
  }

  static String column(Column column) {
    return identifier(Identifier.toIdentifier(column.getName(), column.isQuoted()));
  }

  /**
   * A constraint or index name as Hibernate holds it: plain, in backticks (Hibernate's own quoting),
   * or already rendered in the dialect's quotes ({@code "FK..."}, {@code `FK...`}) when identifiers are
   * quoted globally. Null stays null.
   */
  static String constraint(String hibernateName) {
    return hibernateName == null ? null : identifier(Identifier.toIdentifier(hibernateName));
  }

  static String identifier(Identifier identifier) {
    if (identifier.isQuoted()) {
      return '"' + identifier.getText().replace("\"", "\"\"") + '"';
    }
    return identifier.getText();
  }

  private String qualified(Identifier catalog, Identifier schema, Identifier object) {
    List<String> parts = new ArrayList<>();
    NameQualifierSupport qualifierSupport = environment.getNameQualifierSupport();
    if (catalog != null && qualifierSupport.supportsCatalogs()) {
      parts.add(identifier(catalog));
    }
    if (schema != null && qualifierSupport.supportsSchemas()) {
      parts.add(identifier(schema));
    }
    parts.add(identifier(object));
    return String.join(".", parts);
  }
}
