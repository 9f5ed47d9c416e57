/** Embedded MariaDB and PostgreSQL servers for the zero-configuration dry run and for tests on a bare laptop. */
package org.switchover.embedded;
