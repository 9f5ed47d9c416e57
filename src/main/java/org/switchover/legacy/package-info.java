/** The legacy (MySQL/MariaDB) case-recording schema: creating it in an empty database. */
package org.switchover.legacy;
