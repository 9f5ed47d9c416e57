package org.switchover.serve;

import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
import org.switchover.history.RunHistory;
import org.switchover.operation.DiffOperation;
import org.switchover.signoff.ReconciliationReport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The runs the target records and where each one's report is: the run's kept copy beside the directory its latest
 * reconciliation wrote (migration.reconciliation.report_path; see {@link RunHistory}), or that directory, or, with a report directory given, the directory there (itself or one level
 * below, e.g. reports/dry-run-7/) whose reconciliation.json names the run.
 */
final class RunCatalog {
    /** One run, its latest reconciliation's recorded hashes, and the report directory served for it (null = none found). */
    record Run(long id, String kind, String status, OffsetDateTime startedAt, Long reconciliationId, String verdict,
               String jsonSha256, String htmlSha256, Path reportDir) {
        Path html() {
            return reportDir == null ? null : reportDir.resolve(ReconciliationReport.HTML_FILE_NAME);
        }

        /** "unchanged", "EDITED" (the page is not the one the reconciliation wrote) or "missing". */
        String pageState() {
            String now = html() == null ? null : ReconciliationReport.sha256Of(html());
            return now == null ? "missing" : now.equals(htmlSha256) ? "unchanged" : "EDITED";
        }
    }

    private final ConnectionSpec target;
    private final Path reportRoot;

    RunCatalog(ConnectionSpec target, Path reportRoot) {
        this.target = target;
        this.reportRoot = reportRoot;
    }

    List<Run> runs() {
        Map<Long, Path> given = reportRoot == null ? Map.of() : directoriesByRun(reportRoot);
        List<Run> runs = new ArrayList<>();
        try (Connection connection = Databases.connect(target);
             PreparedStatement statement = connection.prepareStatement(SqlResource.load("sql/serve/runs.sql").statements().get(0));
             ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                long id = row.getLong(1);
                long reconciliation = row.getLong(5);
                Long reconciliationId = row.wasNull() ? null : reconciliation;
                String recordedPath = row.getString(7);
                Path dir = reportRoot != null ? given.get(id)
                        : recordedPath == null ? null : recordedDirectory(id, row.getString(2), Path.of(recordedPath).getParent());
                runs.add(new Run(id, row.getString(2), row.getString(3), row.getObject(4, OffsetDateTime.class), reconciliationId,
                        row.getString(6), row.getString(8), row.getString(9), dir));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the runs of " + target.identity() + ": " + e.getMessage(), e);
        }
        return runs;
    }

    Optional<Run> run(long id) {
        return runs().stream().filter(r -> r.id() == id).findFirst();
    }

    /**
     * The run's kept copy ({@code <parent>/<kind>-<runId>/}, which no later run overwrites) when there is one, else the
     * directory its reconciliation wrote while that still holds this run's report; null when neither does.
     */
    private static Path recordedDirectory(long runId, String kind, Path written) {
        for (Path dir : List.of(RunHistory.besides(written).runDirectory(kind, runId), written)) {
            if (namesRun(dir, runId)) {
                return dir.toAbsolutePath().normalize();
            }
        }
        return null;
    }

    private static boolean namesRun(Path dir, long runId) {
        try {
            return Files.isRegularFile(dir.resolve(ReconciliationReport.FILE_NAME)) && ReconciliationReport.read(dir).runId() == runId;
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    /** The diffs `switchover diff` wrote to this run ({@code <history>/diff-<from>-<run>/diff.json}), by the run they start from. */
    static Map<Long, Path> diffsTo(Run run) {
        Map<Long, Path> diffs = new java.util.TreeMap<>();
        if (run.reportDir() == null) {
            return diffs;
        }
        java.util.regex.Pattern name = java.util.regex.Pattern.compile("diff-(\\d+)-" + run.id());
        try (Stream<Path> entries = Files.list(RunHistory.besides(run.reportDir()).root())) {
            entries.forEach(entry -> {
                java.util.regex.Matcher m = name.matcher(entry.getFileName().toString());
                if (m.matches() && Files.isDirectory(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        && Files.isRegularFile(entry.resolve(DiffOperation.FILE_NAME), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    diffs.put(Long.parseLong(m.group(1)), entry.resolve(DiffOperation.FILE_NAME));
                }
            });
        } catch (IOException e) {
            return diffs;
        }
        return diffs;
    }

    /** The report directories under {@code root} (itself and its subdirectories) by the run their reconciliation.json names. */
    private static Map<Long, Path> directoriesByRun(Path root) {
        Map<Long, Path> byRun = new HashMap<>();
        List<Path> candidates = new ArrayList<>(List.of(root));
        try (Stream<Path> children = Files.isDirectory(root) ? Files.list(root) : Stream.empty()) {
            children.filter(Files::isDirectory).filter(p -> !Files.isSymbolicLink(p)).sorted().forEach(candidates::add);
        } catch (IOException e) {
            throw new IllegalStateException("cannot list the report directory " + root + ": " + e.getMessage(), e);
        }
        for (Path dir : candidates) {
            if (Files.isRegularFile(dir.resolve(ReconciliationReport.FILE_NAME))) {
                try {
                    byRun.putIfAbsent(ReconciliationReport.read(dir).runId(), dir.toAbsolutePath().normalize());
                } catch (RuntimeException unreadable) {
                    // a directory whose report cannot be read serves no run; the run page then says no report was found
                }
            }
        }
        return byRun;
    }
}
