package org.switchover.reconcile;

import org.switchover.config.ConfigurationException;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses a check's query that is not one statement that only reads: a reconciliation compares what legacy holds with
 * what the target holds, and a check that changed either (a DELETE of the record it then fails to find) would make its
 * own verdict. Checked in the filled text, with comments, string literals and quoted names taken out as the query's own
 * database reads them, before a run loads anything. The sessions that run checks are read-only as well
 * ({@code Databases.connectReadOnly}): this gives the error a check author can act on, that one stops what no text
 * check foresees.
 *
 * <p>A listed word followed by "(" is a function ({@code REPLACE(s, a, b)}, MySQL's {@code INSERT(s, p, n, t)}): each of
 * those words that is not a function can only begin a statement, and a statement must begin with SELECT, WITH or "(".
 */
final class ReadingQuery {
    /** Whose rules for comments and literals apply: the legacy side's or the target side's. */
    enum Dialect { MYSQL, POSTGRES }

    // statements and clauses that change a table, the schema, a session, a lock or a file
    private static final Pattern CHANGING = Pattern.compile("\\b(INSERT|UPDATE|DELETE|REPLACE|MERGE|UPSERT|TRUNCATE|DROP|ALTER|CREATE"
            + "|RENAME|GRANT|REVOKE|CALL|DO|HANDLER|LOAD|LOCK|UNLOCK|SET|RESET|COPY|INTO|VACUUM|ANALYZE|CLUSTER|REINDEX|EXECUTE"
            + "|PREPARE|DEALLOCATE|LISTEN|NOTIFY|KILL|SHUTDOWN|FLUSH|PURGE|INSTALL|UNINSTALL|SHARE)\\b(?!\\s*\\()", Pattern.CASE_INSENSITIVE);
    // functions that would lift the session's read-only setting (PostgreSQL's set_config), reach the server's files, or
    // open a session of their own on some server (dblink), where the read-only setting does not hold
    private static final Pattern SESSION_OR_FILE = Pattern.compile("\\b(set_config|load_file|pg_read_file|pg_read_binary_file|pg_ls_dir"
            + "|lo_import|lo_export|dblink|dblink_exec|dblink_connect)\\s*\\(", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIRST_WORD = Pattern.compile("\\A\\s*(\\(|[A-Za-z_]+)");
    private static final String MUST = "a check's query must only read: one SELECT (or WITH ... SELECT)";

    private ReadingQuery() {
    }

    /**
     * @param sql    the filled query, fragments and shared sets in place
     * @param source the query's file, for the message
     */
    static void refuseChanges(String sql, Dialect dialect, String source) {
        String code = code(sql, dialect, source);
        Matcher first = FIRST_WORD.matcher(code);
        String begins = first.find() ? first.group(1).toUpperCase(Locale.ROOT) : "";
        if (!begins.equals("SELECT") && !begins.equals("WITH") && !begins.equals("(")) {
            throw new ConfigurationException(source + ": " + MUST + ", and this one begins with "
                    + (begins.isEmpty() ? "nothing" : begins));
        }
        int end = code.indexOf(';');
        if (end >= 0 && !code.substring(end + 1).replace(';', ' ').isBlank()) {
            throw new ConfigurationException(source + ": " + MUST + ", and this one holds a second statement after its ';'");
        }
        Matcher changing = CHANGING.matcher(code);
        if (changing.find()) {
            throw new ConfigurationException(source + ": " + MUST + ", and this one holds "
                    + changing.group(1).toUpperCase(Locale.ROOT) + " (fragments filled in; comments and literals aside)");
        }
        Matcher function = SESSION_OR_FILE.matcher(code);
        if (function.find()) {
            throw new ConfigurationException(source + ": " + MUST + ", and this one calls " + function.group(1).toLowerCase(Locale.ROOT)
                    + "(), which could lift its session's read-only setting, reach the server's files or open a session of its own");
        }
    }

    /** {@code sql} with every comment, string literal and quoted name blanked, as {@code dialect} reads them. */
    static String code(String sql, Dialect dialect, String source) {
        StringBuilder out = new StringBuilder(sql.length());
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            String tag = c == '$' && dialect == Dialect.POSTGRES ? dollarTag(sql, i) : null;
            int skipTo;
            if (c == '/' && sql.startsWith("/*", i)) {
                if (dialect == Dialect.MYSQL && (sql.startsWith("/*!", i) || sql.startsWith("/*M!", i))) {
                    // MySQL and MariaDB run the text of these comments as part of the query
                    throw new ConfigurationException(source + ": " + MUST + ", and this one holds an executable comment "
                            + "(/*! or /*M!), whose text the server runs");
                }
                // not nested, as MySQL reads them: PostgreSQL, which nests them, then only sees more text as code here
                int close = sql.indexOf("*/", i + 2);
                skipTo = close < 0 ? sql.length() : close + 2;
            } else if (c == '-' && sql.startsWith("--", i) && (dialect == Dialect.POSTGRES || i + 2 >= sql.length()
                    || Character.isWhitespace(sql.charAt(i + 2)) || Character.isISOControl(sql.charAt(i + 2)))) {
                skipTo = lineEnd(sql, i);
            } else if (c == '#' && dialect == Dialect.MYSQL) {
                skipTo = lineEnd(sql, i);
            } else if (c == '\'') {
                boolean escapes = dialect == Dialect.MYSQL || i > 0 && (sql.charAt(i - 1) == 'E' || sql.charAt(i - 1) == 'e')
                        && (i < 2 || !Character.isLetterOrDigit(sql.charAt(i - 2)) && sql.charAt(i - 2) != '_');
                skipTo = quoted(sql, i, '\'', escapes);
            } else if (c == '"') {
                skipTo = quoted(sql, i, '"', dialect == Dialect.MYSQL);
            } else if (c == '`' && dialect == Dialect.MYSQL) {
                skipTo = quoted(sql, i, '`', false);
            } else if (tag != null) {
                int close = sql.indexOf(tag, i + tag.length());
                skipTo = close < 0 ? sql.length() : close + tag.length();
            } else {
                out.append(c);
                i++;
                continue;
            }
            out.append(' ');
            i = skipTo;
        }
        return out.toString();
    }

    private static int lineEnd(String sql, int from) {
        int newline = sql.indexOf('\n', from);
        return newline < 0 ? sql.length() : newline + 1;
    }

    /** Where the literal or name opened by {@code quote} at {@code open} ends: a doubled quote stays inside. */
    private static int quoted(String sql, int open, char quote, boolean backslashEscapes) {
        int i = open + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == quote && i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        return sql.length();
    }

    /** PostgreSQL's dollar quote opening at {@code at} ({@code $$} or {@code $tag$}), or null when none opens there. */
    private static String dollarTag(String sql, int at) {
        if (at > 0 && (Character.isLetterOrDigit(sql.charAt(at - 1)) || sql.charAt(at - 1) == '_')) {
            return null; // part of a name, as in a$b
        }
        int i = at + 1;
        while (i < sql.length() && (Character.isLetter(sql.charAt(i)) || sql.charAt(i) == '_'
                || i > at + 1 && Character.isDigit(sql.charAt(i)))) {
            i++;
        }
        return i < sql.length() && sql.charAt(i) == '$' ? sql.substring(at, i + 1) : null;
    }
}
