/**
 * Column types: large objects, binary data, every numeric and temporal Java type, a
 * {@code columnDefinition}, JSON, and attribute converters (one auto-applied, one explicit).
 */
package io.retort.autogen.testentities.types;
