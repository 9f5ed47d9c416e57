package org.switchover.config;

/** Where the two servers are when nothing else is said: the values docker-compose.yml sets up. */
public final class Defaults {
    /** Port of the legacy MySQL server (docker-compose service "legacy"). */
    public static final int LEGACY_PORT = 3306;
    /** Port of the target PostgreSQL server (docker-compose service "target"). */
    public static final int TARGET_PORT = 5432;
    /** Name of the legacy database, as the legacy system calls it. */
    public static final String LEGACY_DATABASE = "legacy";
    /** Name of the target database that holds schemas csc and migration. */
    public static final String TARGET_DATABASE = "switchover";
    /** User for the legacy server; its password comes from LEGACY_PASSWORD. */
    public static final String LEGACY_USER = "root";
    /** User for the target server; its password comes from TARGET_PASSWORD. */
    public static final String TARGET_USER = "postgres";

    private Defaults() {
    }
}
