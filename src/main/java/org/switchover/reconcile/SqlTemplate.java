package org.switchover.reconcile;

import org.switchover.config.ConfigurationException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills in a check's SQL: {@code {{fragment arg}}} (or {@code {{fragment}}}) becomes sql/fragments/fragment.sql of the checks
 * directory with {@code {arg}} replaced (fragments may use fragments), and {@code {name}} becomes a
 * value: asOf (a quoted date), asOfYear, runId, or a check parameter. Values are dates, numbers or
 * plain names checked by the loader, so no user text reaches the SQL.
 */
final class SqlTemplate {
    private static final Pattern FRAGMENT = Pattern.compile("\\{\\{([a-z][a-z0-9_]*)(?: ([A-Za-z0-9_.`]+))?}}");
    private static final Pattern VALUE = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");
    /** Guards against a fragment that uses itself. */
    private static final int MAX_DEPTH = 10;

    private final Path fragments;

    SqlTemplate(Path checksDirectory) {
        this.fragments = checksDirectory.resolve("sql").resolve("fragments");
    }

    String fill(String sql, String source, Map<String, String> values) {
        String expanded = expand(sql, source, 0);
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
            Path file = fragments.resolve(matcher.group(1) + ".sql");
            if (used.add(file) && Files.isRegularFile(file)) {
                collect(read(file, file.toString()), used, depth + 1);
            }
        }
    }

    private static String read(Path file, String source) {
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
