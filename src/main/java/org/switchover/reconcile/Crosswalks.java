package org.switchover.reconcile;

import org.switchover.codemap.CodeMap;
import org.switchover.codemap.CodeMaps;
import org.switchover.db.SqlResource;
import org.switchover.extract.LegacyIdentifiers;
import org.switchover.load.TargetIdentifiers;
import org.switchover.mapping.MappingFile;
import org.switchover.mapping.MappingSet;
import org.switchover.transform.CodeListSplitter;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The code crosswalks owners check line by line: for every coded column read from one legacy column (a column with
 * {@code codes:} and no transform, or an exploded list), each legacy value with the census code its code map gives and
 * its rows, and per census code the legacy rows whose values map to it against the target's rows. A value mapped to the
 * wrong code passes every NULL check; here it shows as a line, and a changed map changes these figures.
 */
final class Crosswalks {
    private Crosswalks() {
    }

    /** One legacy value, the code it maps to (null: unmapped or blank) and its legacy rows (list items for a list). */
    record Value(String legacyValue, String code, long rows) {
    }

    /** One coded column. {@code byCode}: code → {legacy rows mapping to it, target rows}. */
    record Crosswalk(String codeMap, String legacyTable, String legacyColumn, String targetTable, String targetColumn,
                     List<Value> values, Map<String, long[]> byCode) {
    }

    static List<Crosswalk> of(MappingSet mappings, Connection legacy, Connection target) throws SQLException {
        CodeMaps codeMaps = CodeMaps.load(mappings.directory().resolve(MappingSet.CODES_DIRECTORY));
        List<Crosswalk> crosswalks = new ArrayList<>();
        for (MappingFile file : mappings.files()) {
            if (file.explode() != null && file.explode().codes() != null) {
                crosswalks.add(crosswalk(file, file.explode().from(), explodedColumn(file), codeMaps.get(file.explode().codes()),
                        true, legacy, target));
            }
            for (MappingFile.ColumnSpec column : file.columns().values()) {
                if (column.codes() != null && column.from() != null && column.from().size() == 1 && column.transform() == null) {
                    crosswalks.add(crosswalk(file, column.from().get(0), column.target(), codeMaps.get(column.codes()), false,
                            legacy, target));
                }
            }
        }
        crosswalks.sort(Comparator.comparing(Crosswalk::codeMap).thenComparing(Crosswalk::targetTable).thenComparing(Crosswalk::targetColumn));
        return List.copyOf(crosswalks);
    }

    /** The target column an exploded list's items go to: the one made from the explode's {@code as:} name. */
    static String explodedColumn(MappingFile file) {
        return file.columns().values().stream().filter(c -> c.from() != null && c.from().contains(file.explode().as()))
                .map(MappingFile.ColumnSpec::target).findFirst().orElse(file.explode().as());
    }

    private static Crosswalk crosswalk(MappingFile file, String legacyColumn, String targetColumn, CodeMap codes, boolean list,
                                       Connection legacy, Connection target) throws SQLException {
        Map<String, Long> legacyValues = new TreeMap<>();
        String legacySql = SqlResource.load("sql/reconcile/crosswalk_legacy.sql").statements().get(0)
                .replace("{table}", LegacyIdentifiers.quote(file.sourceTable(), "table"))
                .replace("{column}", LegacyIdentifiers.quote(legacyColumn, "column of " + file.sourceTable()));
        try (Statement statement = legacy.createStatement(); ResultSet rs = statement.executeQuery(legacySql)) {
            while (rs.next()) {
                String value = rs.getString("value");
                long n = rs.getLong("n");
                if (list && value != null) { // a list's unit is one item, as the mapping explodes it
                    CodeListSplitter.split(value).codes().forEach(item -> legacyValues.merge(item, n, Long::sum));
                } else {
                    legacyValues.merge(value == null ? "" : value, n, Long::sum);
                }
            }
        }
        Map<String, long[]> byCode = new TreeMap<>();
        List<Value> values = new ArrayList<>();
        legacyValues.forEach((value, n) -> {
            Object mapped = value.isBlank() ? null : codes.map(value).value();
            String code = mapped == null ? null : mapped.toString();
            values.add(new Value(value, code, n));
            if (code != null) {
                byCode.computeIfAbsent(code, c -> new long[2])[0] += n;
            }
        });
        String targetSql = SqlResource.load("sql/reconcile/crosswalk_target.sql").statements().get(0)
                .replace("{table}", TargetIdentifiers.quote(file.target(), "table"))
                .replace("{column}", TargetIdentifiers.quote(targetColumn, "column of " + file.target()));
        try (Statement statement = target.createStatement(); ResultSet rs = statement.executeQuery(targetSql)) {
            while (rs.next()) {
                if (rs.getString("code") != null) {
                    byCode.computeIfAbsent(rs.getString("code"), c -> new long[2])[1] += rs.getLong("n");
                }
            }
        }
        return new Crosswalk(codes.name(), file.sourceTable(), legacyColumn, file.target(), targetColumn, List.copyOf(values), byCode);
    }
}
