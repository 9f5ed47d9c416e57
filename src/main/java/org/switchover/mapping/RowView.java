package org.switchover.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one legacy row by column position (resolved once per chunk with {@link #position}), plus the
 * current list item of an exploding mapping under its `as` name. One instance is reused for every
 * row of a chunk.
 */
final class RowView {
    /** The position {@link #position} gives the list item of an exploding mapping. */
    static final int ITEM = -1;

    private final List<String> columns;
    private final Map<String, Integer> index = new HashMap<>();
    private final String itemName;
    private String[] row;
    private String item;
    /** Undefined Windows-1252 bytes of the current row by position; null when it has none (nearly always). */
    private Map<Integer, String> undefinedBytes;

    RowView(List<String> columns, String itemName) {
        this.columns = columns;
        this.itemName = itemName;
        for (int i = 0; i < columns.size(); i++) {
            index.put(columns.get(i), i);
        }
    }

    /** The next row, with the undefined Windows-1252 bytes of its values by position (null: none). */
    void reset(String[] row, Map<Integer, String> undefinedBytes) {
        this.row = row;
        this.item = null;
        this.undefinedBytes = undefinedBytes;
    }

    boolean hasUndefinedBytes() {
        return undefinedBytes != null;
    }

    /** The undefined bytes of the value at a position, e.g. \x81; null when it has none. */
    String undefinedBytes(int position) {
        return undefinedBytes == null ? null : undefinedBytes.get(position);
    }

    /** The legacy column at a position (not {@link #ITEM}). */
    String column(int position) {
        return columns.get(position);
    }

    void item(String value) {
        this.item = value;
    }

    /** Where the column's value sits in each row ({@link #ITEM} for the list item): looked up once per chunk, not per row. */
    int position(String column) {
        if (column.equals(itemName)) {
            return ITEM;
        }
        Integer position = index.get(column);
        if (position == null) {
            throw new IllegalStateException("column " + column + " was not extracted");
        }
        return position;
    }

    /** The value at a position from {@link #position}. */
    String value(int position) {
        return position == ITEM ? item : row[position];
    }

    /** The items of a list column: split at commas or semicolons, trimmed, blanks dropped, in order. */
    List<String> items(int position) {
        String text = value(position);
        List<String> items = new ArrayList<>();
        if (text == null) {
            return items;
        }
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ',' || text.charAt(i) == ';') {
                String part = text.substring(start, i).trim();
                if (!part.isEmpty()) {
                    items.add(part);
                }
                start = i + 1;
            }
        }
        return items;
    }

    String[] current() {
        return row;
    }

    List<String> columns() {
        return columns;
    }

    Map<String, String> raw() {
        return RawValueList.asMap(columns, row);
    }
}
