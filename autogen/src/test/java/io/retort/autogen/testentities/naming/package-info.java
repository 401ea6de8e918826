/**
 * Camel-case names with no explicit column or table names, to show that naming strategies and
 * quoted identifiers configured through {@code hibernate.*} settings reach the model.
 */
package io.retort.autogen.testentities.naming;
