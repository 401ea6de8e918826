package io.retort.autogen.render;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import io.retort.runtime.api.Revision;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The two headers of a revision class: the Javadoc people read (by default message, Revision ID,
 * Revises, Create Date, as Alembic's docstring; see {@link RevisionHeaderTemplate}) and the
 * {@link Revision} annotation the graph is loaded from.
 */
final class RevisionHeader {
  static final DateTimeFormatter CREATE_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

  private RevisionHeader() {
  }

  /**
   * The Javadoc of the header template, by default:
   * <pre>
   * Add product description
   *
   * Revision ID: 3f2a9c1b7d4e
   * Revises: 1a2b3c4d5e6f
   * Create Date: 2026-11-26 10:00:00
   * </pre>
   * The message lines are left out when the message is blank; {@code Revises:} is empty for a base.
   * Null when the template renders to nothing.
   */
  static CodeBlock javadoc(RevisionSpec spec, RevisionHeaderTemplate template) {
    List<String> lines = template.render(spec);
    return lines.isEmpty() ? null : CodeBlock.of("$L\n", String.join("\n", lines));
  }

  /**
   * {@code @Revision(id = ..., revises = ..., message = ..., branchLabels = ..., dependsOn = ..., createDate = ...)};
   * empty lists and an empty message are left to the annotation's defaults, and a list of one is
   * written as a single string.
   */
  static AnnotationSpec annotation(RevisionSpec spec) {
    AnnotationSpec.Builder revision = AnnotationSpec.builder(Revision.class).addMember("id", "$S", spec.id());
    addStrings(revision, "revises", spec.revises());
    if (!spec.message().isEmpty()) {
      revision.addMember("message", "$S", spec.message());
    }
    addStrings(revision, "branchLabels", spec.branchLabels());
    addStrings(revision, "dependsOn", spec.dependsOn());
    revision.addMember("createDate", "$S", CREATE_DATE.format(spec.createDate()));
    return revision.build();
  }

  private static void addStrings(AnnotationSpec.Builder annotation, String member, List<String> values) {
    if (values.size() == 1) {
      annotation.addMember(member, "$S", values.get(0));
    } else if (values.size() > 1) {
      annotation.addMember(member, "{$L}", SchemaExpressions.strings(values));
    }
  }
}
