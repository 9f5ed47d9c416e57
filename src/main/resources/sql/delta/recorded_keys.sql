-- The row keys an earlier run recorded as rejected or excluded for one target table ({row_key} as in carry_rejects.sql):
-- those no longer in legacy were deleted there, and their records must not be carried forward.
SELECT {row_key} FROM migration.reject WHERE run_id = ? AND target_table = ?
UNION
SELECT {row_key} FROM migration.exclusion WHERE run_id = ? AND target_table = ?
