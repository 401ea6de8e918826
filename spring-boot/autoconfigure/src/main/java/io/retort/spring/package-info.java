/**
 * Retort in Spring Boot: {@link io.retort.spring.RetortAutoConfiguration} upgrades the database at
 * start-up before JPA starts, configured by {@link io.retort.spring.RetortProperties}
 * ({@code retort.*}); a {@link io.retort.spring.RetortMigrationStrategy} bean replaces what it does;
 * {@link io.retort.spring.RetortEndpoint} is the {@code retort} Actuator endpoint.
 */
package io.retort.spring;
