/**
 * The entity scanner: turns the application's JPA entities into the {@link
 * io.retort.runtime.schema.SchemaModel} that autogenerate compares the database against (the
 * "target"). Classes are found with ClassGraph, mapped by Hibernate's own boot metamodel for the
 * target database's dialect, and never touch a database. Start at {@link
 * io.retort.autogen.scan.EntityScanner}.
 */
package io.retort.autogen.scan;
