-- Rejects recorded for one run, per target table and reason, and how many carry their raw values.
SELECT target_table, reason, count(*), count(raw_values) FROM migration.reject WHERE run_id = ? GROUP BY target_table, reason
