-- What a run recorded for one target table: excluded units and rejected rows, from its per-key records.
SELECT (SELECT coalesce(sum(units), 0) FROM migration.exclusion WHERE run_id = ? AND target_table = ?),
       (SELECT count(*) FROM migration.reject WHERE run_id = ? AND target_table = ?)
