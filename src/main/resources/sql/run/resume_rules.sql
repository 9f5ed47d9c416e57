-- The rule and reason counts an interrupted run has committed so far.
SELECT mapping_id, outcome, rule, rows FROM migration.run_rule WHERE run_id = ?
