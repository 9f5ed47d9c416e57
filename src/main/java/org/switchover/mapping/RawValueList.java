package org.switchover.mapping;

import java.util.AbstractList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The legacy values behind each loaded row, as column → value maps built only when asked for:
 * the loader needs them just for the rare row the database refuses, so most are never built.
 */
final class RawValueList extends AbstractList<Map<String, String>> {
    private final List<String> columns;
    private final List<String[]> rows;

    RawValueList(List<String> columns, List<String[]> rows) {
        this.columns = columns;
        this.rows = rows;
    }

    static Map<String, String> asMap(List<String> columns, String[] row) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            map.put(columns.get(i), row[i]);
        }
        return map;
    }

    @Override
    public Map<String, String> get(int index) {
        return asMap(columns, rows.get(index));
    }

    @Override
    public int size() {
        return rows.size();
    }
}
