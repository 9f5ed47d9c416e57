package org.switchover.extract;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Validates legacy table and column names and quotes them with backticks for MySQL/MariaDB SQL. */
public final class LegacyIdentifiers {
    /** Plain identifiers only: names come from mapping files, so anything else is a mistake, not a feature. */
    private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]{0,63}");

    private LegacyIdentifiers() {
    }

    /** `name`, or an IllegalArgumentException naming what the identifier was for. */
    public static String quote(String name, String what) {
        if (name == null || !PLAIN_IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("invalid legacy " + what + " name: '" + name
                    + "' (letters, digits, _ and $ only, starting with a letter or _)");
        }
        return "`" + name + "`";
    }

    /** The name itself, checked as {@link #quote} checks it: for SQL that compares it as a value (a JSON key, a table name). */
    public static String plain(String name, String what) {
        quote(name, what);
        return name;
    }

    /** A comma-separated, quoted column list. */
    public static String quoteColumns(List<String> columns, String table) {
        return columns.stream().map(column -> quote(column, "column of " + table)).collect(Collectors.joining(", "));
    }
}
