package org.switchover.reconcile;

import org.switchover.codemap.CodeMap;
import org.switchover.codemap.CodeMaps;
import org.switchover.db.SqlResource;
import org.switchover.extract.LegacyIdentifiers;
import org.switchover.load.TargetIdentifiers;
import org.switchover.mapping.MappingFile;
import org.switchover.mapping.MappingSet;
import org.switchover.transform.CodeListSplitter;
import org.switchover.transform.ValueTransform;

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
 * The code crosswalks owners check line by line: for every coded column (a column with {@code codes:}, read from one
 * legacy column or made by its transform from several, or an exploded list), each legacy value (or combination of values,
 * put through the column's transform as the load does) with the census code its code map gives and its rows, and per census code the legacy rows whose values map to it against the target's rows. A value mapped to the
 * wrong code passes every NULL check; here it shows as a line, and a changed map changes these figures.
 */
final class Crosswalks {
    /** Each crosswalk's time per side, for profiling: {@code -Dorg.slf4j.simpleLogger.log.org.switchover.reconcile=debug}. */
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Crosswalks.class);

    private Crosswalks() {
    }

    /**
     * One legacy value (several columns' values joined by {@link #SEPARATOR}), the value the code map was given (the
     * transform's result; null: no value), the code it maps to (null: unmapped or no value) and its legacy rows (list items
     * for a list).
     */
    record Value(String legacyValue, String source, String code, long rows) {
    }

    /** Between the values of a column made from several legacy columns: "RC4 | CLOSED:RC4". */
    static final String SEPARATOR = " | ";

    /**
     * Above this many combinations of several legacy columns' values (a worker code beside a type gives one per worker),
     * the combinations that give the same code-map input are one line, "*" standing for a column whose values differ.
     */
    static final int MAX_COMBINATIONS = 100;

    /** One coded column. {@code byCode}: code → {legacy rows mapping to it, target rows}. */
    record Crosswalk(String codeMap, String legacyTable, String legacyColumn, String targetTable, String targetColumn,
                     List<Value> values, Map<String, long[]> byCode) {
        /** Where it is in the diff between runs: "closure_reason: referral.close_reason, status -> ssd_cin_episodes.cine_close_reason". */
        String place() {
            return codeMap + ": " + legacyTable + "." + legacyColumn + " -> " + targetTable + "." + targetColumn;
        }
    }

    /** One coded column to crosswalk: where its values come from, and the code map they go through. */
    private record Column(MappingFile file, List<String> legacyColumns, ValueTransform transform, String targetColumn, CodeMap codes,
                          boolean list) {
        /** The legacy query of its values, as crosswalk_legacy.sql fills it. */
        String legacySql() {
            List<String> selected = new ArrayList<>();
            List<String> groups = new ArrayList<>();
            for (int i = 0; i < legacyColumns.size(); i++) {
                String quoted = LegacyIdentifiers.quote(legacyColumns.get(i), "column of " + file.sourceTable());
                selected.add(quoted + " AS v" + (i + 1));
                groups.add("CAST(" + quoted + " AS BINARY), " + quoted);
            }
            return SqlResource.load("sql/reconcile/crosswalk_legacy.sql").statements().get(0)
                    .replace("{table}", LegacyIdentifiers.quote(file.sourceTable(), "table"))
                    .replace("{columns}", String.join(", ", selected)).replace("{groups}", String.join(", ", groups));
        }

        String label() {
            return "crosswalk of " + file.sourceTable() + " -> " + file.target() + "." + targetColumn + " (sql/reconcile/crosswalk_legacy.sql)";
        }
    }

    /** Every coded column of the mappings, in the mapping files' order. */
    private static List<Column> columns(MappingSet mappings) {
        CodeMaps codeMaps = CodeMaps.load(mappings.directory().resolve(MappingSet.CODES_DIRECTORY));
        List<Column> columns = new ArrayList<>();
        for (MappingFile file : mappings.files()) {
            if (file.explode() != null && file.explode().codes() != null) {
                columns.add(new Column(file, List.of(file.explode().from()), null, explodedColumn(file), codeMaps.get(file.explode().codes()), true));
            }
            for (MappingFile.ColumnSpec column : file.columns().values()) {
                boolean fromOne = column.from() != null && column.from().size() == 1 && column.transform() == null;
                // a transform that makes the code map's input from several columns: the crosswalk lists their combinations
                boolean fromSeveral = column.from() != null && !column.from().isEmpty() && column.transform() != null;
                if (column.codes() != null && (fromOne || fromSeveral)) {
                    columns.add(new Column(file, column.from(), fromSeveral ? mappings.transformOf(column) : null, column.target(),
                            codeMaps.get(column.codes()), false));
                }
            }
        }
        return columns;
    }

    /** The crosswalks' legacy queries, for {@link LegacyAhead} to read while the run loads (legacy is frozen through it). */
    static List<LegacyAhead.Query> legacyQueries(MappingSet mappings) {
        return columns(mappings).stream().map(c -> new LegacyAhead.Query(c.legacySql(), c.label())).toList();
    }

    /**
     * One crosswalk per coded column, each built on whatever pair of connections runs it, its legacy values taken from
     * {@code ahead} when it read them; {@link #sorted} orders them.
     */
    static List<PairedWorkers.Task<Crosswalk>> tasks(MappingSet mappings, LegacyAhead ahead) {
        List<PairedWorkers.Task<Crosswalk>> tasks = new ArrayList<>();
        for (Column column : columns(mappings)) {
            tasks.add((legacy, target) -> crosswalk(column, ahead, legacy, target));
        }
        return tasks;
    }

    /** The crosswalks in the report's order: by code map, target table and column. */
    static List<Crosswalk> sorted(List<Crosswalk> crosswalks) {
        List<Crosswalk> sorted = new ArrayList<>(crosswalks);
        sorted.sort(Comparator.comparing(Crosswalk::codeMap).thenComparing(Crosswalk::targetTable).thenComparing(Crosswalk::targetColumn));
        return List.copyOf(sorted);
    }

    /** The target column an exploded list's items go to: the one made from the explode's {@code as:} name. */
    static String explodedColumn(MappingFile file) {
        return file.columns().values().stream().filter(c -> c.from() != null && c.from().contains(file.explode().as()))
                .map(MappingFile.ColumnSpec::target).findFirst().orElse(file.explode().as());
    }

    private static Crosswalk crosswalk(Column column, LegacyAhead ahead, Connection legacy, Connection target) throws SQLException {
        long started = System.nanoTime();
        MappingFile file = column.file();
        List<String> legacyColumns = column.legacyColumns();
        ValueTransform transform = column.transform();
        String targetColumn = column.targetColumn();
        CodeMap codes = column.codes();
        Map<String, Value> legacyValues = new TreeMap<>();
        String legacySql = column.legacySql();
        // the first value is the row's key, the others its values in order (SideResult's convention), n its rows
        SideResult read = ahead.resultOf(legacySql, () -> SideResult.query(legacy, legacySql, column.label()));
        for (SideResult.Row row : read.rows()) {
            String[] inputs = new String[legacyColumns.size()];
            inputs[0] = row.key();
            for (int i = 1; i < inputs.length; i++) {
                inputs[i] = row.values().get("v" + (i + 1));
            }
            long n = row.n();
            if (column.list() && inputs[0] != null) { // a list's unit is one item, as the mapping explodes it
                CodeListSplitter.split(inputs[0]).codes().forEach(item -> add(legacyValues, item, item, codes, n));
            } else if (transform != null) {
                Object made = transform.apply(inputs).value();
                String key = java.util.Arrays.stream(inputs).map(v -> v == null ? "" : v).collect(java.util.stream.Collectors.joining(SEPARATOR));
                add(legacyValues, key, made == null ? null : made.toString(), codes, n);
            } else {
                add(legacyValues, inputs[0] == null ? "" : inputs[0], inputs[0], codes, n);
            }
        }
        long legacyDone = System.nanoTime();
        Map<String, long[]> byCode = new TreeMap<>();
        List<Value> values = transform != null && legacyValues.size() > MAX_COMBINATIONS
                ? collapsed(legacyValues.values(), legacyColumns.size()) : List.copyOf(legacyValues.values());
        values.stream().filter(v -> v.code() != null).forEach(v -> byCode.computeIfAbsent(v.code(), c -> new long[2])[0] += v.rows());
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
        LOG.debug("crosswalk legacy {} ms target {} ms {} -> {}.{}", (legacyDone - started) / 1_000_000,
                (System.nanoTime() - legacyDone) / 1_000_000, file.sourceTable(), file.target(), targetColumn);
        return new Crosswalk(codes.name(), file.sourceTable(), String.join(", ", legacyColumns), file.target(), targetColumn, values, byCode);
    }

    /** One line per code-map input: each column's value where all its combinations agree, else "*", and how many. */
    private static List<Value> collapsed(java.util.Collection<Value> combinations, int columns) {
        Map<String, List<Value>> bySource = new TreeMap<>();
        combinations.forEach(v -> bySource.computeIfAbsent(v.source() == null ? "" : v.source(), k -> new ArrayList<>()).add(v));
        List<Value> lines = new ArrayList<>();
        bySource.values().forEach(group -> {
            if (group.size() == 1) {
                lines.add(group.get(0));
                return;
            }
            List<String> shown = new ArrayList<>();
            for (int i = 0; i < columns; i++) {
                int column = i;
                List<String> distinct = group.stream().map(v -> v.legacyValue().split(java.util.regex.Pattern.quote(SEPARATOR), -1)[column])
                        .distinct().toList();
                shown.add(distinct.size() == 1 ? distinct.get(0) : "*");
            }
            lines.add(new Value(String.join(SEPARATOR, shown) + " (" + group.size() + " combinations)", group.get(0).source(),
                    group.get(0).code(), group.stream().mapToLong(Value::rows).sum()));
        });
        return lines;
    }

    /** Adds the rows of one legacy value whose code map input is {@code source} (null or blank: no value, no code). */
    private static void add(Map<String, Value> values, String legacyValue, String source, CodeMap codes, long n) {
        String input = source == null || source.isBlank() ? null : source;
        Object mapped = input == null ? null : codes.map(input).value();
        values.merge(legacyValue, new Value(legacyValue, input, mapped == null ? null : mapped.toString(), n),
                (a, b) -> new Value(a.legacyValue(), a.source(), a.code(), a.rows() + b.rows()));
    }
}
