/** Connections to the legacy (MySQL protocol) and target (PostgreSQL) databases, and SQL resources. */
package org.switchover.db;
