package org.switchover.preflight;

import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.mapping.MappingSet;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks a dry run, final load or delta makes before it truncates or writes one row: the live legacy
 * schema has every table and column the mappings read, each of a type its transform accepts; the legacy user may
 * create the temporary tables the reconciliation's shared sets live in; the report directory can be written; no
 * object outside csc and migration depends on a csc table. Every problem is named at once, and nothing is changed (the report directory is created if missing, as the load would).
 */
public final class Preflight {
    private final ConnectionSpec legacy;
    private final ConnectionSpec target;
    private final MappingSet mappings;

    public Preflight(ConnectionSpec legacy, ConnectionSpec target, MappingSet mappings) {
        this.legacy = legacy;
        this.target = target;
        this.mappings = mappings;
    }

    /**
     * Throws {@link PreflightException} naming every problem; {@code what} names the command ("dry run") and
     * {@code reportDir} may be null when the command writes no report.
     */
    public void check(String what, Path reportDir) {
        List<String> problems = legacyProblems(true);
        if (reportDir != null) {
            ReportDirectory.problem(reportDir).ifPresent(problems::add);
        }
        try (Connection connection = Databases.connect(target)) {
            problems.addAll(CscDependents.problems(connection));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the objects of target database " + target.identity() + ": " + e.getMessage(), e);
        }
        if (!problems.isEmpty()) {
            throw new PreflightException(what, problems);
        }
    }

    /** Only the legacy schema against the mappings: for commands that read legacy and write no csc row (freeze). */
    public void checkLegacySchema(String what) {
        List<String> problems = legacyProblems(false);
        if (!problems.isEmpty()) {
            throw new PreflightException(what, problems);
        }
    }

    /** The legacy schema against the mappings, and (for a command that reconciles) the right to temporary tables, on one session. */
    private List<String> legacyProblems(boolean temporaryTables) {
        try (Connection connection = Databases.connect(legacy)) {
            List<String> problems = new ArrayList<>(new LegacyColumns(connection, legacy.identity()).problems(mappings.legacyReads()));
            if (temporaryTables) {
                LegacyTemporaryTables.problem(connection, legacy.identity()).ifPresent(problems::add);
            }
            return problems;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the schema of legacy database " + legacy.identity() + ": " + e.getMessage(), e);
        }
    }
}
