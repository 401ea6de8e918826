/** An entity Hibernate refuses: it has no identifier. */
package io.retort.autogen.testentities.broken;
