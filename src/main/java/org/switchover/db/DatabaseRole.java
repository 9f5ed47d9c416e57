package org.switchover.db;

/** Which side of the migration a database is on; used to name it in every message. */
public enum DatabaseRole {
    LEGACY("legacy", "LEGACY_PASSWORD"),
    TARGET("target", "TARGET_PASSWORD");

    private final String label;
    private final String passwordVariable;

    DatabaseRole(String label, String passwordVariable) {
        this.label = label;
        this.passwordVariable = passwordVariable;
    }

    public String label() {
        return label;
    }

    /** The command-line option that gives this database's URL, e.g. --legacy-url. */
    public String urlOption() {
        return "--" + label + "-url";
    }

    /** The command-line option that gives this database's user, e.g. --legacy-user. */
    public String userOption() {
        return "--" + label + "-user";
    }

    /** The environment variable the password is read from; passwords never come from the command line. */
    public String passwordVariable() {
        return passwordVariable;
    }
}
