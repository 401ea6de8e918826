package io.retort.spring;

import java.util.Objects;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;

/** The schema of a DataSource that Retort migrates is managed: Hibernate should not create it. */
final class RetortSchemaManagementProvider implements SchemaManagementProvider {
  private final ObjectProvider<RetortMigrator> migrators;

  RetortSchemaManagementProvider(ObjectProvider<RetortMigrator> migrators) {
    this.migrators = migrators;
  }

  @Override
  public SchemaManagement getSchemaManagement(DataSource dataSource) {
    return migrators.stream().map(RetortMigrator::dataSource).filter(Objects::nonNull).anyMatch(dataSource::equals)
        ? SchemaManagement.MANAGED : SchemaManagement.UNMANAGED;
  }
}
