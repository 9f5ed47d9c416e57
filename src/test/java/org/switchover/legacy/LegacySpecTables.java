package org.switchover.legacy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The tables and columns of legacy-system.md, parsed from its markdown tables (the contract the DDL must match). */
final class LegacySpecTables {
    static final Path SHARED_SPEC = Path.of("..", "shared", "spec", "legacy-system.md");
    static final Path COMMITTED_COPY = Path.of("src", "test", "resources", "spec", "legacy-system.md");

    /** One column as the spec states it; nullable is TRUE/FALSE only where the spec says NULL / NOT NULL / PK. */
    record SpecColumn(String name, String type, Boolean nullable, boolean primaryKey, boolean autoIncrement, String defaultValue) {
    }

    record SpecTable(String name, String charset, List<SpecColumn> columns) {
    }

    private LegacySpecTables() {
    }

    static Path specFile() {
        return Files.exists(SHARED_SPEC) ? SHARED_SPEC : COMMITTED_COPY;
    }

    static Map<String, SpecTable> parse(Path file) throws IOException {
        Map<String, SpecTable> tables = new LinkedHashMap<>();
        String table = null;
        String charset = null;
        List<SpecColumn> columns = null;
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("### ")) {
                String heading = line.substring(4).trim();
                table = heading.split("\\s+")[0];
                charset = heading.contains("(latin1)") ? "latin1" : "utf8mb4";
                columns = new ArrayList<>();
                tables.put(table, new SpecTable(table, charset, columns));
            } else if (line.startsWith("## ")) {
                table = null;
            } else if (table != null && line.startsWith("|") && !line.startsWith("| column") && !line.startsWith("|---")) {
                String[] cells = line.split("\\|");
                String names = cells[1].trim();
                String type = cells[2].trim();
                for (String name : names.split(",")) {
                    columns.add(column(name.trim(), type, file, line));
                }
            }
        }
        return tables;
    }

    private static SpecColumn column(String name, String typeCell, Path file, String line) {
        String upper = typeCell.toUpperCase(Locale.ROOT);
        boolean pk = upper.matches(".*\\bPK\\b.*");
        boolean autoIncrement = upper.contains("AUTO_INCREMENT");
        Boolean nullable = null;
        if (upper.contains("NOT NULL") || pk) {
            nullable = Boolean.FALSE;
        } else if (upper.matches(".*\\bNULL\\b.*")) {
            nullable = Boolean.TRUE;
        }
        String defaultValue = null;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("DEFAULT\\s+(\\S+)").matcher(upper);
        if (m.find()) {
            defaultValue = m.group(1);
        }
        String type = upper.split("\\s+(PK|NOT|NULL|AUTO_INCREMENT|DEFAULT)\\b")[0].trim().toLowerCase(Locale.ROOT);
        if (type.isEmpty()) {
            throw new IllegalStateException(file + ": no type in line " + line);
        }
        return new SpecColumn(name, type, nullable, pk, autoIncrement, defaultValue);
    }
}
