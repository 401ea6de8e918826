/**
 * SQL dialects: how each database quotes names, spells types, carries out each
 * {@link io.retort.runtime.ops.Operation}, writes literals for offline scripts, compares types and
 * server defaults, and takes the migration lock. {@link io.retort.runtime.dialect.Dialects} picks one
 * for a JDBC URL.
 *
 * <p>Portable types as each database spells them:
 * <table>
 *   <caption>Type rendering</caption>
 *   <tr><th>kind</th><th>PostgreSQL</th><th>MariaDB</th><th>H2</th></tr>
 *   <tr><td>SMALLINT, INTEGER, BIGINT</td><td>SMALLINT, INTEGER, BIGINT</td><td>SMALLINT, INTEGER, BIGINT</td><td>SMALLINT, INTEGER, BIGINT</td></tr>
 *   <tr><td>NUMERIC(p,s)</td><td>NUMERIC(p, s)</td><td>DECIMAL(p, s)</td><td>NUMERIC(p, s)</td></tr>
 *   <tr><td>REAL</td><td>REAL</td><td>FLOAT</td><td>REAL</td></tr>
 *   <tr><td>DOUBLE</td><td>DOUBLE PRECISION</td><td>DOUBLE</td><td>DOUBLE PRECISION</td></tr>
 *   <tr><td>BOOLEAN</td><td>BOOLEAN</td><td>BOOLEAN (tinyint(1))</td><td>BOOLEAN</td></tr>
 *   <tr><td>STRING(n)</td><td>VARCHAR(n)</td><td>VARCHAR(n)</td><td>VARCHAR(n)</td></tr>
 *   <tr><td>CHAR(n)</td><td>CHAR(n)</td><td>CHAR(n)</td><td>CHAR(n)</td></tr>
 *   <tr><td>TEXT</td><td>TEXT</td><td>TEXT</td><td>CHARACTER VARYING</td></tr>
 *   <tr><td>CLOB</td><td>TEXT</td><td>LONGTEXT</td><td>CHARACTER LARGE OBJECT</td></tr>
 *   <tr><td>DATE</td><td>DATE</td><td>DATE</td><td>DATE</td></tr>
 *   <tr><td>TIME(p)</td><td>TIME(p)</td><td>TIME(p)</td><td>TIME(p)</td></tr>
 *   <tr><td>TIMESTAMP(p)</td><td>TIMESTAMP(p)</td><td>DATETIME(p)</td><td>TIMESTAMP(p)</td></tr>
 *   <tr><td>TIMESTAMP_TZ(p)</td><td>TIMESTAMP(p) WITH TIME ZONE</td><td>DATETIME(p)</td><td>TIMESTAMP(p) WITH TIME ZONE</td></tr>
 *   <tr><td>UUID</td><td>UUID</td><td>UUID (10.7+)</td><td>UUID</td></tr>
 *   <tr><td>BINARY(n)</td><td>BYTEA</td><td>VARBINARY(n)</td><td>VARBINARY(n)</td></tr>
 *   <tr><td>BLOB</td><td>BYTEA</td><td>LONGBLOB</td><td>BINARY LARGE OBJECT</td></tr>
 *   <tr><td>JSON</td><td>JSONB</td><td>JSON (longtext)</td><td>JSON</td></tr>
 *   <tr><td>ENUM(values)</td><td>VARCHAR(longest value)</td><td>ENUM('A', 'B')</td><td>ENUM('A', 'B')</td></tr>
 *   <tr><td>RAW</td><td colspan="3">as written</td></tr>
 * </table>
 * A precision left out is left to the database, and {@link io.retort.runtime.dialect.Dialect#canonical}
 * fills in its default (6 fractional digits on PostgreSQL and for H2 timestamps, 0 on MariaDB and for H2 times).
 */
package io.retort.runtime.dialect;
