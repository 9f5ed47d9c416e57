package org.switchover.mapping;

import java.util.regex.Pattern;

/** Key columns of the target tables that mappings may reference, and a guard for identifiers put into SQL. */
final class TargetKeys {
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    private TargetKeys() {
    }

    /** The key column of a target table: by the schema's convention, its first column. */
    static String keyColumn(String table) {
        return TargetCatalog.standard().keyColumn(table);
    }

    static String identifier(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain SQL identifier: " + name);
        }
        return name;
    }
}
