/** Tables in a named schema ({@code @Table(schema = "inventory")}), one referring to the other. */
package io.retort.autogen.testentities.schema;
