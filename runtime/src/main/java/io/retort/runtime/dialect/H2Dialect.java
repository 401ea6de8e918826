package io.retort.runtime.dialect;

/** Placeholder until the dialects change lands. */
public final class H2Dialect extends UnfinishedDialect {
}
