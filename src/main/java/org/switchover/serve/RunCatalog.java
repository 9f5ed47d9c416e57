package org.switchover.serve;

import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
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
 * The runs the target records and where each one's report is: the directory its latest reconciliation wrote
 * (migration.reconciliation.report_path), or, with a report directory given, the directory there (itself or one level
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
                Path dir = given.getOrDefault(id, recordedPath == null || reportRoot != null ? null : Path.of(recordedPath).getParent());
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
