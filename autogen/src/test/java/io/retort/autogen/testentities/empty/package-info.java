/** A package with classes but no entities. */
package io.retort.autogen.testentities.empty;
