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

    RowView(List<String> columns, String itemName) {
        this.columns = columns;
        this.itemName = itemName;
        for (int i = 0; i < columns.size(); i++) {
            index.put(columns.get(i), i);
        }
    }

    void reset(String[] row) {
        this.row = row;
        this.item = null;
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
