package org.switchover.reconcile;

import org.switchover.config.ConfigurationException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills in a check's SQL: {@code {{fragment arg}}} (or {@code {{fragment}}}) becomes sql/fragments/fragment.sql of the checks
 * directory with {@code {arg}} replaced (fragments may use fragments), and {@code {name}} becomes a
 * value: asOf (a quoted date), asOfYear, runId, or a check parameter. Values are dates, numbers or
 * plain names checked by the loader, so no user text reaches the SQL.
 *
 * <p>{@code {{shared name}}} becomes the name of a legacy session's temporary table that sql/shared/name.sql creates
 * ({@link SharedSet}): a set several legacy queries read, built once per session instead of once per query. A query
 * that would open one set's table twice is refused ({@link SharedSetReads}).
 */
final class SqlTemplate {
    private static final Pattern FRAGMENT = Pattern.compile("\\{\\{([a-z][a-z0-9_]*)(?: ([A-Za-z0-9_.`]+))?}}");
    private static final Pattern VALUE = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");
    /** The fragment name that brings a shared set, {@code {{shared name}}}, instead of a fragment file. */
    static final String SHARED = "shared";
    /** What a shared set's file must begin with (after its comment lines): it creates that table and nothing else. */
    static final String SHARED_CREATE = "CREATE TEMPORARY TABLE {table} ";
    /** A shared set's keys and engine, between {@link #SHARED_CREATE} and the query that fills it. */
    private static final Pattern SHARED_TABLE_DEFINITION = Pattern.compile(
            "\\A\\s*(?:\\((?:[^()]|\\([^()]*\\))*\\))?\\s*(?:ENGINE\\s*=\\s*\\w+)?", Pattern.CASE_INSENSITIVE);
    // stands for a shared set until the query's values are in: \u0001 cannot occur in a query file's SQL
    private static final char MARK = '\u0001';
    private static final Pattern SHARED_MARK = Pattern.compile(MARK + "([a-z][a-z0-9_]*)" + MARK);
    /** The hex digits of its statement's hash that a shared set's table name carries. */
    private static final int TABLE_HASH_DIGITS = 12;
    /** Guards against a fragment that uses itself. */
    private static final int MAX_DEPTH = 10;

    private final Path fragments;
    private final Path sharedSets;
    private final Map<Path, String> texts = new java.util.concurrent.ConcurrentHashMap<>();

    SqlTemplate(Path checksDirectory) {
        this.fragments = checksDirectory.resolve("sql").resolve("fragments");
        this.sharedSets = checksDirectory.resolve("sql").resolve("shared");
    }

    /** A query filled in, with the shared sets it reads, which must exist on its session before it runs. */
    record Filled(String sql, List<SharedSet> shared) {
    }

    String fill(String sql, String source, Map<String, String> values) {
        return fillQuery(sql, source, values).sql();
    }

    Filled fillQuery(String sql, String source, Map<String, String> values) {
        String filled = fillValues(expand(sql, source, 0), source, values);
        if (filled.indexOf(MARK) >= 0) {
            SharedSetReads.refuseReopening(filled, SHARED_MARK, source);
        }
        Matcher matcher = SHARED_MARK.matcher(filled);
        StringBuilder out = new StringBuilder();
        // by name, in order of use (SharedSetReads has refused a query that names one set twice)
        Map<String, SharedSet> shared = new java.util.LinkedHashMap<>();
        while (matcher.find()) {
            SharedSet set = shared.computeIfAbsent(matcher.group(1), name -> sharedSet(name, source, values));
            matcher.appendReplacement(out, Matcher.quoteReplacement(set.table()));
        }
        matcher.appendTail(out);
        return new Filled(out.toString(), List.copyOf(shared.values()));
    }

    /**
     * The shared set {@code name} as {@code values} fill it. Its table is named by the set and the hash of its filled
     * statement: a query's text then names the very set it reads, so a result read ahead for that text is only ever
     * taken for the same set, and a session never reads a set filled for another as-of date.
     */
    private SharedSet sharedSet(String name, String source, Map<String, String> values) {
        Path file = sharedSets.resolve(name + ".sql");
        if (!Files.isRegularFile(file)) {
            throw new ConfigurationException(source + ": shared set " + file + " does not exist");
        }
        String body = read(file, source);
        if (!body.startsWith(SHARED_CREATE)) {
            throw new ConfigurationException(file + ": a shared set must begin with " + SHARED_CREATE.strip()
                    + " (after its comment lines), and create that table and nothing else");
        }
        Map<String, String> withTable = new java.util.HashMap<>(values);
        withTable.put("table", "{table}");
        String statement = fillValues(expand(body, file.toString(), 0), file.toString(), withTable);
        // what fills the table must only read, as a check's query: its session may write only while the set is built
        ReadingQuery.refuseChanges(SHARED_TABLE_DEFINITION.matcher(statement.substring(SHARED_CREATE.length())).replaceFirst(""),
                ReadingQuery.Dialect.MYSQL, file.toString());
        if (SHARED_MARK.matcher(statement).find()) {
            throw new ConfigurationException(file + ": a shared set cannot read another shared set");
        }
        String table = "switchover_" + name + "_" + sha256(statement).substring(0, TABLE_HASH_DIGITS);
        return new SharedSet(table, statement.replace("{table}", table), file.toString());
    }

    private static String fillValues(String expanded, String source, Map<String, String> values) {
        int unexpanded = expanded.indexOf("{{");
        if (unexpanded >= 0) {
            // else it would reach the database as text, and fail there as a syntax error that names no file
            int end = expanded.indexOf("}}", unexpanded);
            throw new ConfigurationException(source + ": " + expanded.substring(unexpanded, end < 0 ? expanded.length() : end + 2)
                    + " is not a fragment: write {{name}} or {{name argument}}, the name in lower-case letters, digits and _");
        }
        Matcher matcher = VALUE.matcher(expanded);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new ConfigurationException(source + ": unknown placeholder {" + matcher.group(1) + "}; known: " + values.keySet());
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private String expand(String sql, String source, int depth) {
        if (depth > MAX_DEPTH) {
            throw new ConfigurationException(source + ": fragments nest deeper than " + MAX_DEPTH + " (does one use itself?)");
        }
        Matcher matcher = FRAGMENT.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            if (SHARED.equals(matcher.group(1))) {
                if (matcher.group(2) == null || !matcher.group(2).matches("[a-z][a-z0-9_]*")) {
                    throw new ConfigurationException(source + ": " + matcher.group() + " names no shared set: write {{shared name}}, "
                            + "the name in lower-case letters, digits and _ (the file sql/shared/name.sql)");
                }
                matcher.appendReplacement(out, Matcher.quoteReplacement(MARK + matcher.group(2) + MARK));
                continue;
            }
            Path file = fragments.resolve(matcher.group(1) + ".sql");
            String body = matcher.group(2) == null ? read(file, source) : read(file, source).replace("{arg}", matcher.group(2));
            matcher.appendReplacement(out, Matcher.quoteReplacement(expand(body, file.toString(), depth + 1)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The fragment files a query uses, directly or through other fragments, each once, in order of first use. */
    java.util.Set<Path> fragmentsUsed(String sql) {
        java.util.Set<Path> used = new java.util.LinkedHashSet<>();
        collect(sql, used, 0);
        return used;
    }

    private void collect(String sql, java.util.Set<Path> used, int depth) {
        Matcher matcher = FRAGMENT.matcher(sql);
        while (matcher.find() && depth <= MAX_DEPTH) {
            Path file = SHARED.equals(matcher.group(1)) && matcher.group(2) != null
                    ? sharedSets.resolve(matcher.group(2) + ".sql") : fragments.resolve(matcher.group(1) + ".sql");
            if (used.add(file) && Files.isRegularFile(file)) {
                collect(read(file, file.toString()), used, depth + 1);
            }
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private String read(Path file, String source) {
        // the date fragments sit in dozens of queries, several times in some: each file is read once per template, which
        // lives for one pass over a check set (a run's check set does not change under it: its hash is taken at the start)
        String known = texts.get(file);
        if (known != null) {
            return known;
        }
        String text = readFile(file, source);
        texts.put(file, text);
        return text;
    }

    private static String readFile(Path file, String source) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigurationException(source + ": fragment " + file + " does not exist");
        }
        try {
            // comment lines go, so a fragment can explain itself without breaking the expression it sits in
            return String.join("\n", Files.readAllLines(file).stream().filter(l -> !l.strip().startsWith("--")).toList()).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
