/**
 * A small shop: categories, products, tags, customers with addresses and phone numbers, orders and
 * their lines. Covers the everyday mappings: a {@code @MappedSuperclass} with an identity id and a
 * {@code @Version}, {@code @Table} indexes and unique constraints, {@code @Column} attributes,
 * named foreign keys, {@code @OnDelete(CASCADE)}, {@code @ManyToMany}, {@code @OneToOne},
 * {@code @ElementCollection}, {@code @Embedded}, enums and Hibernate {@code @Check}.
 */
package io.retort.autogen.testentities.shop;
