package org.switchover.testing;

import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One defect planted in a target for as long as an action runs, then undone: sql/reconcile-test/corrupt/NAME.sql
 * holds three statements, a pick (one row, its columns named), the plant and the undo, which name the picked
 * columns as {@code :column}; its first line may declare the checks the defect fails ({@code -- fails: a, b}). The plant and the undo must each change exactly the rows the pick's column
 * {@code rows} says (one when it has none), so a corruption that misses its row, or an undo that misses it, fails.
 */
public final class TargetCorruption {
    private static final String DIRECTORY = "sql/reconcile-test/corrupt/";
    /** {@code :name}, but not the second colon of a {@code ::type} cast. */
    private static final Pattern PARAMETER = Pattern.compile("(?<!:):([a-z_][a-z0-9_]*)");
    private static final String ROWS = "rows";
    private static final Path SOURCES = Path.of("src", "test", "resources");
    private static final String FAILS = "-- fails:";

    private final String file;
    private final List<String> statements;
    private final Map<String, Object> picked = new LinkedHashMap<>();

    private TargetCorruption(String file, List<String> statements) {
        this.file = file;
        this.statements = statements;
    }

    /**
     * Corruption name to the check ids it fails, for every file whose first line declares them ("-- fails: a, b"),
     * sorted by name; files without the line serve tests that assert more than the ids.
     */
    public static Map<String, List<String>> declared() {
        Map<String, List<String>> declared = new TreeMap<>();
        try (Stream<Path> files = Files.list(SOURCES.resolve(DIRECTORY))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                String first = Files.readAllLines(file).get(0);
                if (first.startsWith(FAILS)) {
                    String name = file.getFileName().toString().replaceFirst("\\.sql$", "");
                    declared.put(name, Stream.of(first.substring(FAILS.length()).split(",")).map(String::strip).sorted().toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + DIRECTORY, e);
        }
        return declared;
    }

    public static TargetCorruption load(String name) {
        String file = DIRECTORY + name + ".sql";
        List<String> statements = SqlResource.load(file).statements();
        assertEquals(3, statements.size(), file + " must hold a pick, a plant and an undo");
        return new TargetCorruption(file, statements);
    }

    /** Picks and plants the defect, runs the action, and undoes the defect whatever the action did. */
    public <T> T during(ConnectionSpec target, Supplier<T> action) throws SQLException {
        pick(target);
        long rows = picked.containsKey(ROWS) ? ((Number) picked.get(ROWS)).longValue() : 1;
        assertEquals(rows, execute(target, statements.get(1)), file + ": rows the plant changed");
        try {
            return action.get();
        } finally {
            assertEquals(rows, execute(target, statements.get(2)), file + ": rows the undo restored");
        }
    }

    /** A column of the picked row (available once {@link #during} has run). */
    public Object picked(String column) {
        assertTrue(picked.containsKey(column), file + " picks no column " + column + ": " + picked.keySet());
        return picked.get(column);
    }

    public long pickedNumber(String column) {
        return ((Number) picked(column)).longValue();
    }

    private void pick(ConnectionSpec target) throws SQLException {
        picked.clear();
        try (Connection pg = Databases.connect(target);
             PreparedStatement query = pg.prepareStatement(statements.get(0));
             ResultSet row = query.executeQuery()) {
            assertTrue(row.next(), file + " found nothing to corrupt");
            for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                picked.put(row.getMetaData().getColumnLabel(i), row.getObject(i));
            }
            assertFalse(row.next(), file + ": the pick must give one row");
        }
    }

    private int execute(ConnectionSpec target, String sql) throws SQLException {
        List<String> names = new ArrayList<>();
        Matcher parameter = PARAMETER.matcher(sql);
        StringBuilder jdbc = new StringBuilder();
        while (parameter.find()) {
            picked(parameter.group(1));
            names.add(parameter.group(1));
            parameter.appendReplacement(jdbc, "?");
        }
        parameter.appendTail(jdbc);
        try (Connection pg = Databases.connect(target); PreparedStatement statement = pg.prepareStatement(jdbc.toString())) {
            for (int i = 0; i < names.size(); i++) {
                statement.setObject(i + 1, picked.get(names.get(i)));
            }
            return statement.executeUpdate();
        }
    }
}
