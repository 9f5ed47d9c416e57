-- The earlier runs of one kind (parameter 1) before a run (parameter 2), newest first, at most parameter 3, each as its
-- latest reconciliation found it: FAIL and WARN checks, rows rejected, and missing mandatory fields (the missing-*
-- checks' target counts).
SELECT r.run_id, rc.verdict,
       count(*) FILTER (WHERE c.status = 'FAIL') AS fails,
       count(*) FILTER (WHERE c.status = 'WARN') AS warns,
       COALESCE(sum(c.target_count) FILTER (WHERE c.check_id LIKE 'missing-%'), 0) AS missing,
       (SELECT COALESCE(sum(t.rejected), 0) FROM migration.run_table t WHERE t.run_id = r.run_id) AS rejects
FROM migration.run r
JOIN migration.reconciliation rc
  ON rc.reconciliation_id = (SELECT max(x.reconciliation_id) FROM migration.reconciliation x WHERE x.run_id = r.run_id)
JOIN migration.reconciliation_check c ON c.reconciliation_id = rc.reconciliation_id
WHERE r.kind = ? AND r.run_id < ?
GROUP BY r.run_id, rc.verdict
ORDER BY r.run_id DESC
LIMIT ?
