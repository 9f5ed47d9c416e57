-- Adds one chunk's rows excluded by a rule or rejected for a reason.
INSERT INTO migration.run_rule AS r (run_id, mapping_id, outcome, rule, rows)
VALUES (?, ?, ?, ?, ?)
ON CONFLICT (run_id, mapping_id, outcome, rule) DO UPDATE SET rows = r.rows + EXCLUDED.rows;
