package io.retort.spring;

import io.retort.runtime.RetortException;
import io.retort.runtime.graph.RevisionGraph;
import io.retort.runtime.graph.RevisionInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.context.ApplicationContext;

/**
 * The {@code retort} Actuator endpoint ({@code /actuator/retort}, once exposed with
 * {@code management.endpoints.web.exposure.include=retort}), as {@code /actuator/flyway} is for
 * Flyway: for each {@link RetortMigrator} bean, every revision in upgrade order, whether it is
 * applied, its checksum as recorded when it was applied and as its code gives it now, and the
 * revisions pending.
 *
 * <p>Retort's version table keeps the applied heads and the checksum of each applied revision, not
 * when a revision was applied: the endpoint reports each revision's {@code createDate} (when it was
 * written, from its annotation) and no time of application.
 */
@Endpoint(id = "retort")
public class RetortEndpoint {
  private final ApplicationContext context;

  public RetortEndpoint(ApplicationContext context) {
    this.context = context;
  }

  @ReadOperation
  public RetortDescriptor retort() {
    Map<String, MigratorDescriptor> migrators = new LinkedHashMap<>();
    context.getBeansOfType(RetortMigrator.class).forEach((name, migrator) -> migrators.put(name, describe(migrator)));
    return new RetortDescriptor(migrators);
  }

  static MigratorDescriptor describe(RetortMigrator migrator) {
    List<String> current = List.of();
    try {
      current = migrator.current();
      RevisionGraph graph = migrator.graph();
      List<String> unknown = current.stream().filter(id -> !graph.contains(id)).toList();
      Set<String> applied = graph.closure(current.stream().filter(graph::contains).toList());
      Map<String, String> recorded = migrator.recordedChecksums();
      List<RevisionDescriptor> revisions = new ArrayList<>();
      List<String> pending = new ArrayList<>();
      for (RevisionInfo revision : graph.inOrder()) {
        boolean isApplied = applied.contains(revision.id());
        if (!isApplied) {
          pending.add(revision.id());
        }
        String checksum = checksum(migrator, revision.id());
        String recordedChecksum = recorded.get(revision.id());
        revisions.add(new RevisionDescriptor(revision.id(), revision.parents(), revision.message(), revision.branchLabels(),
            revision.dependsOn(), revision.createDate(), isApplied, recordedChecksum, checksum,
            recordedChecksum != null && checksum != null && !recordedChecksum.equals(checksum)));
      }
      String problem = unknown.isEmpty() ? null : "The database is at " + String.join(", ", unknown)
          + ", which is not among the revisions of this application";
      return new MigratorDescriptor(migrator.migrationsPackage(), migrator.versionTable(), migrator.target(), current, unknown,
          revisions, pending, problem);
    } catch (RetortException e) {
      return new MigratorDescriptor(migrator.migrationsPackage(), migrator.versionTable(), migrator.target(), current, List.of(),
          List.of(), List.of(), e.getMessage());
    }
  }

  private static String checksum(RetortMigrator migrator, String id) {
    try {
      return migrator.checksum(id);
    } catch (RetortException e) {
      return null; // the revision cannot describe its upgrade any more: no checksum to report
    }
  }

  /**
   * The endpoint's answer: one entry per {@link RetortMigrator} bean, by bean name.
   *
   * @param migrators what each migrator's database holds
   */
  public record RetortDescriptor(Map<String, MigratorDescriptor> migrators) implements OperationResponseBody {
  }

  /**
   * One database as a migrator sees it.
   *
   * @param migrationsPackage the package of its revisions
   * @param versionTable its version table
   * @param target what it upgrades to at start-up
   * @param current the heads the version table holds
   * @param unknown heads of {@code current} that the application has no revision for
   * @param revisions every revision, in upgrade order
   * @param pending ids of the revisions not applied, in upgrade order
   * @param problem what kept the endpoint from reading the database or the revisions, or null
   */
  public record MigratorDescriptor(String migrationsPackage, String versionTable, String target, List<String> current,
      List<String> unknown, List<RevisionDescriptor> revisions, List<String> pending, String problem) {
  }

  /**
   * One revision.
   *
   * @param id its id
   * @param parents the ids it revises
   * @param message its message
   * @param branchLabels its branch labels
   * @param dependsOn ids it depends on
   * @param createDate when it was written (its annotation's createDate; may be empty)
   * @param applied whether the database has it
   * @param recordedChecksum the checksum recorded when it was applied (or stamped), or null
   * @param checksum the checksum of its code now, or null when its code cannot be run
   * @param edited whether its code changed since it was applied (both checksums known and different)
   */
  public record RevisionDescriptor(String id, List<String> parents, String message, List<String> branchLabels,
      List<String> dependsOn, String createDate, boolean applied, String recordedChecksum, String checksum, boolean edited) {
  }
}
