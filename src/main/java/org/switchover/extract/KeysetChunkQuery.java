package org.switchover.extract;

import org.switchover.db.SqlResource;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL that reads one legacy table in chunks, built once per mapping from the
 * {@code sql/extract} templates. The selected columns are the mapping's source columns plus the key
 * column when the mapping did not list it, so every row carries its own legacy key.
 */
public final class KeysetChunkQuery {
    static final String CHUNK_TEMPLATE = "sql/extract/keyset_chunk.sql";
    static final String ESTIMATE_TEMPLATE = "sql/extract/estimated_rows.sql";
    static final String LATIN1_TEMPLATE = "sql/extract/latin1_columns.sql";

    private final String table;
    private final String keyColumn;
    private final List<String> columns;
    private final int keyIndex;
    private final String chunkSql;

    public KeysetChunkQuery(String table, String keyColumn, List<String> sourceColumns) {
        this.table = table;
        this.keyColumn = keyColumn;
        List<String> selected = new ArrayList<>(sourceColumns);
        if (!selected.contains(keyColumn)) {
            selected.add(keyColumn);
        }
        this.columns = List.copyOf(selected);
        this.keyIndex = columns.indexOf(keyColumn);
        String quotedTable = LegacyIdentifiers.quote(table, "table");
        String quotedKey = LegacyIdentifiers.quote(keyColumn, "key column of " + table);
        String quotedColumns = LegacyIdentifiers.quoteColumns(columns, table);
        this.chunkSql = singleStatement(CHUNK_TEMPLATE)
                .replace("{columns}", quotedColumns).replace("{table}", quotedTable).replace("{key}", quotedKey);
    }

    public String table() {
        return table;
    }

    public String keyColumn() {
        return keyColumn;
    }

    /** The column names of every row this query returns, in order. */
    public List<String> columns() {
        return columns;
    }

    /** Position of the key column in {@link #columns()}. */
    public int keyIndex() {
        return keyIndex;
    }

    /** Parameters: last key (NULL for the range's first chunk) twice, the range's upper bound (NULL: none) twice, chunk size. */
    public String chunkSql() {
        return chunkSql;
    }

    /** Parameter: the table name. The server's estimate of its rows, from its statistics. */
    public static String estimateSql() {
        return singleStatement(ESTIMATE_TEMPLATE);
    }

    /** Parameter: the table name. The names of its latin1 columns. */
    public static String latin1ColumnsSql() {
        return singleStatement(LATIN1_TEMPLATE);
    }

    private static String singleStatement(String resource) {
        List<String> statements = SqlResource.load(resource).statements();
        if (statements.size() != 1) {
            throw new IllegalStateException(resource + " must hold exactly one statement, found " + statements.size());
        }
        return statements.get(0);
    }
}
