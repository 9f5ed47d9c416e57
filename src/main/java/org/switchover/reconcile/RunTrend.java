package org.switchover.reconcile;

import org.switchover.db.SqlResource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * This run among the earlier runs of its kind on the target: FAIL and WARN checks, rows rejected and missing mandatory
 * fields per run (oldest first, this run last), and what the run before found check by check, for the page's trend
 * and its "since the last run" section.
 *
 * @param previousStatuses the previous run's check statuses by check id (empty when there is no previous run)
 * @param previousCodes    the previous run's crosswalk codes by "place 'legacy value'" ({@link #NO_CODE} for none)
 */
record RunTrend(List<Point> points, Long previousRunId, String previousVerdict, Map<String, String> previousStatuses,
                Map<String, String> previousCodes) {
    /** A crosswalk value without a code, in {@link #previousCodes}. */
    static final String NO_CODE = "(none)";

    RunTrend(List<Point> points, Long previousRunId, String previousVerdict, Map<String, String> previousStatuses) {
        this(points, previousRunId, previousVerdict, previousStatuses, Map.of());
    }

    /** Earlier runs the trend shows. */
    static final int TREND_RUNS = 10;

    /** One run's figures. */
    record Point(long runId, String verdict, long fails, long warns, long rejects, long missing) {
    }

    static RunTrend of(Connection target, String kind, long runId, List<CheckOutcome> outcomes, String verdict) throws SQLException {
        List<Point> points = new ArrayList<>();
        try (PreparedStatement query = target.prepareStatement(SqlResource.load("sql/reconcile/trend.sql").text())) {
            query.setString(1, kind);
            query.setLong(2, runId);
            query.setInt(3, TREND_RUNS);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    points.add(new Point(rs.getLong("run_id"), rs.getString("verdict"), rs.getLong("fails"), rs.getLong("warns"),
                            rs.getLong("rejects"), rs.getLong("missing")));
                }
            }
        }
        Collections.reverse(points);
        Map<String, String> previous = new LinkedHashMap<>();
        Map<String, String> previousCodes = new LinkedHashMap<>();
        Point last = points.isEmpty() ? null : points.get(points.size() - 1);
        if (last != null) {
            try (PreparedStatement query = target.prepareStatement(SqlResource.load("sql/history/checks.sql").text())) {
                query.setLong(1, last.runId());
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        previous.put(rs.getString("check_id"), rs.getString("status"));
                    }
                }
            }
            try (PreparedStatement query = target.prepareStatement(SqlResource.load("sql/history/crosswalk.sql").text())) {
                query.setLong(1, last.runId());
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getString("legacy_value") != null) {
                            String code = rs.getString("code");
                            previousCodes.put(rs.getString("place") + " '" + rs.getString("legacy_value") + "'", code == null ? NO_CODE : code);
                        }
                    }
                }
            }
        }
        points.add(new Point(runId, verdict, count(outcomes, Status.FAIL), count(outcomes, Status.WARN),
                outcomes.stream().filter(o -> o.counts() != null).mapToLong(o -> o.counts().rejected()).sum(),
                outcomes.stream().filter(o -> o.id().startsWith("missing-")).mapToLong(o -> o.target() == null ? 0 : o.target()).sum()));
        return new RunTrend(List.copyOf(points), last == null ? null : last.runId(), last == null ? null : last.verdict(), previous,
                previousCodes);
    }

    private static long count(List<CheckOutcome> outcomes, Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }
}
