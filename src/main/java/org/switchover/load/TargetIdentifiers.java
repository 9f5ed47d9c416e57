package org.switchover.load;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Validates target table and column names and double-quotes them for PostgreSQL SQL. */
public final class TargetIdentifiers {
    /** The supplier's names are lower-case snake case; anything else in a mapping is a typo. */
    private static final Pattern LOWER_SNAKE = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private TargetIdentifiers() {
    }

    public static String quote(String name, String what) {
        if (name == null || !LOWER_SNAKE.matcher(name).matches()) {
            throw new IllegalArgumentException("invalid target " + what + " name: '" + name
                    + "' (lower-case letters, digits and _ only)");
        }
        return "\"" + name + "\"";
    }

    public static String quoteColumns(List<String> columns, String table) {
        return columns.stream().map(column -> quote(column, "column of " + table)).collect(Collectors.joining(", "));
    }
}
