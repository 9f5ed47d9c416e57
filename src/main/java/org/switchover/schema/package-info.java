/** The target PostgreSQL database's schema: Flyway migrations of csc and migration, validation and clean-up. */
package org.switchover.schema;
