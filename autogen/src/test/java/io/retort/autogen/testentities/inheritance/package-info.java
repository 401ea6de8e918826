/**
 * The three inheritance strategies: vehicles in one table with a discriminator (SINGLE_TABLE),
 * payments in a parent table joined to one table per subclass (JOINED), and documents as one
 * complete table per concrete class sharing a sequence (TABLE_PER_CLASS).
 */
package io.retort.autogen.testentities.inheritance;
