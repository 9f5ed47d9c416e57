-- The reason a run recorded for rejecting one legacy row of one mapping.
SELECT reason FROM migration.reject WHERE run_id = ? AND legacy_table = ? AND target_table = ? AND legacy_key = ?
