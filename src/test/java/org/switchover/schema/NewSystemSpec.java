package org.switchover.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The table contract of new-system.md, read from its markdown table: table names, key columns,
 * other columns with the type the spec names (if any) and the foreign keys it marks with an arrow.
 */
final class NewSystemSpec {
    /** The shared spec, relative to the Maven basedir. */
    static final Path SHARED_SPEC = Path.of("..", "shared", "spec", "new-system.md");
    /** The committed copy used where the shared spec is not checked out next to the repo. */
    static final String FALLBACK_SPEC = "spec/new-system.md";
    private static final Set<String> TYPE_WORDS = Set.of("text", "bigint", "date", "timestamp", "jsonb");

    /** One row of the table: the declared types map holds only the columns the spec gives a type for. */
    record Table(String name, List<String> key, List<String> columns, Map<String, String> declaredTypes,
                 Map<String, String> foreignKeys) {
        List<String> allColumns() {
            List<String> all = new ArrayList<>(key);
            columns.stream().filter(column -> !key.contains(column)).forEach(all::add);
            return all;
        }
    }

    private NewSystemSpec() {
    }

    static String text() {
        try {
            if (Files.isRegularFile(SHARED_SPEC)) {
                return Files.readString(SHARED_SPEC, StandardCharsets.UTF_8);
            }
            return fallbackText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String fallbackText() throws IOException {
        try (InputStream in = NewSystemSpec.class.getClassLoader().getResourceAsStream(FALLBACK_SPEC)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + FALLBACK_SPEC);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Tables in spec order, keyed by name. */
    static Map<String, Table> tables() {
        Map<String, Table> tables = new LinkedHashMap<>();
        for (String line : text().split("\n")) {
            if (!line.startsWith("| ssd_")) {
                continue;
            }
            String[] cells = line.split("\\|");
            // cells[0] is the empty text before the first bar
            Table table = parseRow(cells[1].strip(), cells[2].strip(), cells[3].strip());
            tables.put(table.name(), table);
        }
        return tables;
    }

    private static Table parseRow(String name, String keyCell, String columnsCell) {
        Map<String, String> types = new LinkedHashMap<>();
        Map<String, String> foreignKeys = new LinkedHashMap<>();
        List<String> key = new ArrayList<>();
        if (keyCell.startsWith("(")) {
            for (String part : keyCell.substring(1, keyCell.indexOf(')')).split(",")) {
                key.add(part.strip());
            }
        } else {
            key.add(describeColumn(keyCell, types, foreignKeys));
        }
        List<String> columns = new ArrayList<>();
        for (String entry : splitOutsideParentheses(columnsCell)) {
            if (!entry.isBlank()) {
                columns.add(describeColumn(entry.strip(), types, foreignKeys));
            }
        }
        return new Table(name, List.copyOf(key), List.copyOf(columns), types, foreignKeys);
    }

    /** "cont_person_id → ssd_person", "pers_dob date", "addr_address_json jsonb (lines, town)" → the name. */
    private static String describeColumn(String entry, Map<String, String> types, Map<String, String> foreignKeys) {
        String[] words = entry.split("\\s+");
        String column = words[0];
        if (words.length > 1 && TYPE_WORDS.contains(words[1])) {
            types.put(column, words[1]);
        }
        int arrow = entry.indexOf('→');
        if (arrow >= 0) {
            foreignKeys.put(column, entry.substring(arrow + 1).strip().split("\\s+")[0]);
        }
        return column;
    }

    private static List<String> splitOutsideParentheses(String cell) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char c : cell.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        parts.add(current.toString());
        return parts;
    }
}
