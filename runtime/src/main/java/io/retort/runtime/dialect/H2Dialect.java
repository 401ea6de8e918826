package io.retort.runtime.dialect;

/** Work in progress: implemented in the dialects change. */
public final class H2Dialect {
}
