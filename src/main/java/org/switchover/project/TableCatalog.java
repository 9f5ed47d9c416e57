package org.switchover.project;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tables and their columns, read from the toolkit's own DDL (one column per line, as our .sql
 * files are written). The validator checks mapping files against it without a database.
 */
public final class TableCatalog {
    private static final Pattern CREATE_TABLE = Pattern.compile(
            "(?i)^\\s*CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(?:[`\"]?(\\w+)[`\"]?\\.)?[`\"]?(\\w+)[`\"]?\\s*\\(");
    private static final Pattern COLUMN = Pattern.compile("^\\s*[`\"]?(\\w+)[`\"]?\\s+\\w+");
    private static final Set<String> NOT_COLUMNS = Set.of("PRIMARY", "CONSTRAINT", "FOREIGN", "UNIQUE", "KEY", "INDEX",
            "CHECK", "EXCLUDE");

    private final Map<String, List<String>> tables;

    private TableCatalog(Map<String, List<String>> tables) {
        this.tables = tables;
    }

    /** Parses every CREATE TABLE of the given DDL texts. */
    public static TableCatalog parse(List<String> ddlTexts) {
        return parse(ddlTexts, null);
    }

    /** Parses the CREATE TABLEs of one schema only (null: every table, qualified or not). */
    public static TableCatalog parse(List<String> ddlTexts, String schema) {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (String ddl : ddlTexts) {
            String table = null;
            List<String> columns = null;
            for (String line : ddl.split("\n")) {
                Matcher create = CREATE_TABLE.matcher(line);
                if (create.find()) {
                    if (schema != null && !schema.equalsIgnoreCase(create.group(1))) {
                        table = null;
                        continue;
                    }
                    table = create.group(2).toLowerCase();
                    columns = new java.util.ArrayList<>();
                    tables.put(table, columns);
                    continue;
                }
                if (table == null) {
                    continue;
                }
                if (line.trim().startsWith(")")) {
                    table = null;
                    continue;
                }
                Matcher column = COLUMN.matcher(line);
                if (column.find() && !NOT_COLUMNS.contains(column.group(1).toUpperCase())) {
                    columns.add(column.group(1).toLowerCase());
                }
            }
        }
        tables.replaceAll((name, columns) -> List.copyOf(columns));
        return new TableCatalog(Map.copyOf(tables));
    }

    public boolean hasTable(String table) {
        return tables.containsKey(table);
    }

    public List<String> columns(String table) {
        List<String> columns = tables.get(table);
        return columns == null ? List.of() : columns;
    }

    public Set<String> tables() {
        return tables.keySet();
    }

    /** By the schema's convention the key is the first column. */
    public String keyColumn(String table) {
        List<String> columns = columns(table);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("unknown table " + table);
        }
        return columns.get(0);
    }
}
