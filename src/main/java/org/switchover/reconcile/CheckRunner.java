package org.switchover.reconcile;

import org.switchover.config.ConfigProblem;
import org.switchover.config.ConfigurationException;
import org.switchover.db.SqlResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** Runs checks: each side's query on its own database, then the comparison the check declares. */
final class CheckRunner {
    private static final String CLASSPATH = "classpath:";
    private final Path checksDirectory;
    private final SqlTemplate template;
    private final Map<String, String> values;
    private final LegacyAhead ahead;

    CheckRunner(Path checksDirectory, Map<String, String> values) {
        this(checksDirectory, values, LegacyAhead.NONE);
    }

    /** A runner that takes a legacy query's result from {@code ahead} when it read that very query. */
    CheckRunner(Path checksDirectory, Map<String, String> values, LegacyAhead ahead) {
        this.checksDirectory = checksDirectory;
        this.template = new SqlTemplate(checksDirectory);
        this.values = Map.copyOf(values);
        this.ahead = ahead;
    }

    /** Each check's legacy query as this runner fills it, in order: what {@link LegacyAhead} reads. */
    List<LegacyAhead.Query> legacyQueries(List<CheckDefinition> checks) {
        List<LegacyAhead.Query> queries = new ArrayList<>();
        for (CheckDefinition check : checks) {
            String sqlPath = legacySql(check);
            if (sqlPath != null) {
                SqlTemplate.Filled filled = fill(check, sqlPath, ReadingQuery.Dialect.MYSQL);
                queries.add(new LegacyAhead.Query(filled.sql(), label(check, sqlPath), filled.shared()));
            }
        }
        return queries;
    }

    /**
     * Fills each check's legacy and target query as a run does, without running them: one problem, naming the check's
     * file and the query's, for each that cannot be filled (a missing fragment, an unknown placeholder, a shared set read
     * twice, or read by a target query). None when every query can be run.
     */
    List<ConfigProblem> fillProblems(List<CheckDefinition> checks) {
        List<ConfigProblem> problems = new ArrayList<>();
        for (CheckDefinition check : checks) {
            String legacySql = legacySql(check);
            try {
                if (legacySql != null) {
                    fill(check, legacySql, ReadingQuery.Dialect.MYSQL);
                }
            } catch (ConfigurationException e) {
                problems.add(ConfigProblem.ofFile(check.file(), e.getMessage()));
            }
            try {
                fillTarget(check, targetSql(check));
            } catch (ConfigurationException e) {
                problems.add(ConfigProblem.ofFile(check.file(), e.getMessage()));
            }
        }
        return problems;
    }

    CheckOutcome run(CheckDefinition check, Connection legacy, Connection target) {
        long started = System.nanoTime();
        return compare(check, legacy, target).timed((System.nanoTime() - started) / 1e9);
    }

    /** The legacy side's figure of a check as its outcome reports it (distinct keys, else the count); null when it has none. */
    Long legacyFigure(CheckDefinition check, Connection legacy) {
        String sql = legacySql(check);
        if (sql == null) {
            return null;
        }
        SideResult rows = legacyQuery(check, legacy, sql);
        return check.compare() == Comparison.EQUAL_KEYS ? (long) rows.reasonsByKey().size() : rows.count();
    }

    private CheckOutcome compare(CheckDefinition check, Connection legacy, Connection target) {
        if (check.type() == CheckType.MAPPING_COUNTS) {
            return mappingCounts(check, legacy, target);
        }
        SideResult legacyRows = legacySql(check) == null ? null : legacyQuery(check, legacy, legacySql(check));
        SideResult targetRows = query(check, target, targetSql(check));
        return switch (check.compare()) {
            case EQUAL_COUNTS -> equalCounts(check, legacyRows, targetRows);
            case EQUAL_KEYS -> equalKeys(check, legacyRows, targetRows);
            case THRESHOLD -> threshold(check, legacyRows, targetRows);
            case VOLUME -> volume(check, legacyRows, targetRows);
        };
    }

    private CheckOutcome mappingCounts(CheckDefinition check, Connection legacy, Connection target) {
        SideResult run = query(check, target, classpath("run_table"));
        if (run.rows().isEmpty()) {
            throw new ReconciliationException(check.file() + ": run " + values.get("runId") + " has no mapping "
                    + check.parameter("legacyTable") + " -> " + check.parameter("targetTable"));
        }
        Map<String, String> r = run.rows().get(0).values();
        long legacyCount = legacyQuery(check, legacy, legacySql(check)).count();
        long targetCount = query(check, target, targetSql(check)).count();
        var counts = new CheckOutcome.MappingCountsResult(check.parameter("legacyTable"), check.parameter("targetTable"),
                Long.parseLong(r.get("read")), Long.parseLong(r.get("loaded")), Long.parseLong(r.get("excluded")),
                Long.parseLong(r.get("rejected")), legacyCount, targetCount);
        List<String> problems = new ArrayList<>();
        if (counts.read() != legacyCount) {
            problems.add("read " + counts.read() + " but the legacy side has " + legacyCount);
        }
        if (!counts.balances()) {
            problems.add("read " + counts.read() + " != loaded + excluded + rejected " + (counts.loaded() + counts.excluded() + counts.rejected()));
        }
        if (targetCount != counts.loaded()) {
            problems.add("loaded " + counts.loaded() + " but the target has " + targetCount);
        }
        Status status = !problems.isEmpty() ? check.onMismatch() : counts.rejected() > 0 ? check.whenFound() : Status.PASS;
        String detail = problems.isEmpty() ? "read " + counts.read() + " = loaded " + counts.loaded() + " + excluded "
                + counts.excluded() + " + rejected " + counts.rejected() + "; target rows " + targetCount : String.join("; ", problems);
        return new CheckOutcome(check, status, legacyCount, targetCount, detail, List.of(), List.of(), List.of(), null, null, counts);
    }

    private CheckOutcome equalCounts(CheckDefinition check, SideResult legacyRows, SideResult targetRows) {
        long l = legacyRows.count();
        long t = targetRows.count();
        Status status = l != t ? check.onMismatch() : t > 0 ? check.whenFound() : Status.PASS;
        String detail = l == t ? "both sides " + t : "legacy " + l + ", target " + t;
        return new CheckOutcome(check, status, l, t, detail, List.of(), List.of(), List.of(), legacyRows, targetRows, null);
    }

    /**
     * Keys on one side only, and (compareValues) keys whose values differ. A legacy record whose query gives a
     * not_migrated reason is legacy truth the target cannot hold: the check FAILs, whatever its severity.
     */
    private CheckOutcome equalKeys(CheckDefinition check, SideResult legacyRows, SideResult targetRows) {
        // keys alone unless values are compared: most keys are on both sides, and unpacking every row cost seconds at scale 5
        Map<String, String> legacyKeys = legacyRows.reasonsByKey();
        Map<String, String> targetKeys = targetRows.reasonsByKey();
        List<String> onlyLegacy = legacyKeys.keySet().stream().filter(key -> !targetKeys.containsKey(key)).sorted().toList();
        List<String> onlyTarget = targetKeys.keySet().stream().filter(key -> !legacyKeys.containsKey(key)).sorted().toList();
        TreeSet<String> differing = check.compareValues() ? differing(check, legacyRows, targetRows) : new TreeSet<>();
        long notMigrated = onlyLegacy.stream().filter(key -> legacyKeys.get(key) != null).count();
        boolean agree = onlyLegacy.isEmpty() && onlyTarget.isEmpty() && differing.isEmpty();
        Status status = notMigrated > 0 ? Status.FAIL : !agree ? check.onMismatch() : targetKeys.isEmpty() ? Status.PASS : check.whenFound();
        String detail = agree ? targetKeys.size() + " on both sides, the same"
                : onlyLegacy.size() + " only in legacy" + (notMigrated > 0 ? " (" + notMigrated + " cannot migrate)" : "") + ", "
                + onlyTarget.size() + " only in target" + (check.compareValues() ? ", " + differing.size() + " differ" : "");
        if (status == Status.WARN && check.rule() != null) {
            detail += "; action: " + CheckDefinition.RULE_ACTION;
        }
        return new CheckOutcome(check, status, (long) legacyKeys.size(), (long) targetKeys.size(), detail,
                List.copyOf(onlyLegacy), List.copyOf(onlyTarget), List.copyOf(differing), legacyRows, targetRows, null);
    }

    /** The keys on both sides whose compared values differ. */
    private static TreeSet<String> differing(CheckDefinition check, SideResult legacyRows, SideResult targetRows) {
        Map<String, SideResult.Row> legacyKeys = legacyRows.byKey();
        Map<String, SideResult.Row> targetKeys = targetRows.byKey();
        TreeSet<String> differing = new TreeSet<>();
        legacyKeys.forEach((key, row) -> {
            SideResult.Row other = targetKeys.get(key);
            if (other != null && !compared(row, check).equals(compared(other, check))) {
                differing.add(key);
            }
        });
        return differing;
    }

    /** The values a comparison looks at: every value column but those the check only describes. */
    private static Map<String, String> compared(SideResult.Row row, CheckDefinition check) {
        if (check.describe().isEmpty()) {
            return row.values();
        }
        Map<String, String> values = new java.util.HashMap<>(row.values());
        check.describe().forEach(values::remove);
        return values;
    }

    private CheckOutcome threshold(CheckDefinition check, SideResult legacyRows, SideResult targetRows) {
        long t = targetRows.count();
        Status status = t > check.thresholdMax() ? check.onMismatch() : Status.PASS;
        String detail = t + " found" + (t > check.thresholdMax() ? ", more than " + check.thresholdMax() + ": " + check.onMismatch()
                : ", within the limit of " + check.thresholdMax());
        return new CheckOutcome(check, status, legacyRows == null ? null : legacyRows.count(), t, detail,
                List.of(), List.of(), List.of(), legacyRows, targetRows, null);
    }

    /** Each legacy source must hold rows, and no fewer than the target loaded from it: else FAIL, naming each. */
    private CheckOutcome volume(CheckDefinition check, SideResult legacyRows, SideResult targetRows) {
        Map<String, SideResult.Row> legacyKeys = legacyRows.byKey();
        Map<String, SideResult.Row> targetKeys = targetRows.byKey();
        List<String> problems = new ArrayList<>();
        List<String> figures = new ArrayList<>();
        legacyKeys.forEach((key, row) -> {
            long inTarget = targetKeys.containsKey(key) ? targetKeys.get(key).n() : 0;
            figures.add(key + ": legacy " + row.n() + ", target " + inTarget);
            if (row.n() == 0) {
                problems.add(key + ": the legacy table holds no rows");
            } else if (row.n() < inTarget) {
                problems.add(key + ": legacy holds " + row.n() + " rows, fewer than the " + inTarget + " in the target");
            }
        });
        targetKeys.keySet().stream().filter(key -> !legacyKeys.containsKey(key))
                .forEach(key -> problems.add(key + ": the legacy query does not count it"));
        return new CheckOutcome(check, problems.isEmpty() ? Status.PASS : Status.FAIL, legacyRows.count(), targetRows.count(),
                problems.isEmpty() ? String.join("; ", figures) : String.join("; ", problems), List.of(), List.of(), List.of(),
                legacyRows, targetRows, null);
    }

    /** The legacy query: the check's own file, else the one its type brings (only mapping_counts has one). */
    static String legacySql(CheckDefinition check) {
        if (check.legacySql() != null) {
            return check.legacySql();
        }
        return check.type() == CheckType.MAPPING_COUNTS ? "classpath:legacy_row_count" : null;
    }

    static String targetSql(CheckDefinition check) {
        if (check.targetSql() != null) {
            return check.targetSql();
        }
        return switch (check.type()) {
            case MAPPING_COUNTS -> "classpath:target_row_count";
            case NOT_NULL -> "classpath:not_null";
            case ORPHANS -> "classpath:orphans";
            case CUSTOM -> throw new IllegalStateException("the loader lets no custom check without a target query through");
        };
    }

    private static String classpath(String name) {
        return CLASSPATH + name;
    }

    /** A target query (shared sets are the legacy session's: a target query that names one is refused). */
    private SideResult query(CheckDefinition check, Connection connection, String sqlPath) {
        return SideResult.query(connection, fillTarget(check, sqlPath), label(check, sqlPath));
    }

    /** A target query filled; one that names a shared set is refused, since those live on the legacy session. */
    private String fillTarget(CheckDefinition check, String sqlPath) {
        SqlTemplate.Filled filled = fill(check, sqlPath, ReadingQuery.Dialect.POSTGRES);
        if (!filled.shared().isEmpty()) {
            throw new ConfigurationException(source(checksDirectory, sqlPath) + ": reads the shared set " + filled.shared().get(0).source()
                    + ", which lives on the legacy session: only a check's legacy query can read one");
        }
        return filled.sql();
    }

    private SideResult legacyQuery(CheckDefinition check, Connection legacy, String sqlPath) {
        SqlTemplate.Filled filled = fill(check, sqlPath, ReadingQuery.Dialect.MYSQL);
        return ahead.resultOf(filled.sql(), () -> {
            SharedSet.ensure(legacy, filled.shared());
            return SideResult.query(legacy, filled.sql(), label(check, sqlPath));
        });
    }

    /** A query filled in; refused unless it only reads ({@link ReadingQuery}), as {@code dialect} reads its text. */
    private SqlTemplate.Filled fill(CheckDefinition check, String sqlPath, ReadingQuery.Dialect dialect) {
        Map<String, String> all = new HashMap<>(values);
        all.putAll(check.parameters());
        SqlTemplate.Filled filled = template.fillQuery(text(checksDirectory, sqlPath), source(checksDirectory, sqlPath), all);
        ReadingQuery.refuseChanges(filled.sql(), dialect, source(checksDirectory, sqlPath));
        return filled;
    }

    private String label(CheckDefinition check, String sqlPath) {
        return check.file().getFileName() + " (" + source(checksDirectory, sqlPath) + ")";
    }

    /** Where a query comes from: the toolkit's sql/reconcile/NAME.sql for {@code classpath:NAME}, else a file of the checks directory. */
    static String source(Path checksDirectory, String sqlPath) {
        return sqlPath.startsWith(CLASSPATH) ? "sql/reconcile/" + sqlPath.substring(CLASSPATH.length()) + ".sql"
                : checksDirectory.resolve(sqlPath).toString();
    }

    /** The text of a query, unfilled. */
    static String text(Path checksDirectory, String sqlPath) {
        if (sqlPath.startsWith(CLASSPATH)) {
            return SqlResource.load(source(checksDirectory, sqlPath)).text();
        }
        Path file = checksDirectory.resolve(sqlPath);
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
