package io.retort.runtime.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Places a {@link Migration} in the revision graph. Read from the class file by scanning, without
 * running any revision code.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {
  /** Twelve lowercase hex characters, unique in the graph. */
  String id();

  /** Parent revision ids: none for a base revision, several for a merge. */
  String[] revises() default {};

  /** The message given to {@code revision -m}, verbatim. */
  String message() default "";

  /** Labels that name the branch this revision starts or belongs to ({@code BRANCH@head}). */
  String[] branchLabels() default {};

  /** Revisions that must be applied before this one without being its parents. */
  String[] dependsOn() default {};

  /** When the revision was created, {@code yyyy-MM-dd HH:mm:ss}. */
  String createDate() default "";
}
