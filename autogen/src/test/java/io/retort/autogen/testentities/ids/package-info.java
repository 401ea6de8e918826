/**
 * Primary key generation: identity, a named {@code @SequenceGenerator}, the default sequence of
 * {@code GenerationType.SEQUENCE}, and generated UUIDs.
 */
package io.retort.autogen.testentities.ids;
