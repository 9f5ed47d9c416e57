package org.switchover.cli;

/** Connection defaults shared by the CLI, docker-compose.yml and the README section "Run against real servers". */
public final class Defaults {
    /** Port of the legacy MySQL server in docker-compose.yml. */
    public static final int LEGACY_PORT = 3306;
    /** Port of the target PostgreSQL server in docker-compose.yml. */
    public static final int TARGET_PORT = 5432;
    /** Name of the legacy database, as legacy-system.md names it. */
    public static final String LEGACY_DATABASE = "legacy";
    /** Name of the target database in docker-compose.yml. */
    public static final String TARGET_DATABASE = "switchover";
    /** Default legacy user when --legacy-user is not given. */
    public static final String LEGACY_USER = "root";
    /** Default target user when --target-user is not given. */
    public static final String TARGET_USER = "postgres";

    private Defaults() {
    }
}
