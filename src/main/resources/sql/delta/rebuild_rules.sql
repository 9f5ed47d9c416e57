-- A delta run's rule and reason counts of one mapping, rebuilt from its per-key records of the whole table.
-- Parameters: run, mapping (delete); run, mapping, run, target table (exclusions); run, mapping, run, target table (rejects).
DELETE FROM migration.run_rule WHERE run_id = ? AND mapping_id = ?;
INSERT INTO migration.run_rule (run_id, mapping_id, outcome, rule, rows)
SELECT ?, ?, 'excluded', rule, sum(units) FROM migration.exclusion WHERE run_id = ? AND target_table = ? GROUP BY rule;
INSERT INTO migration.run_rule (run_id, mapping_id, outcome, rule, rows)
SELECT ?, ?, 'rejected', reason, count(*) FROM migration.reject WHERE run_id = ? AND target_table = ? GROUP BY reason;
