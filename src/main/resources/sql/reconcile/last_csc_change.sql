-- The last write on csc noted so far (0 when none): a reconciliation's mark, taken before its checks read csc.
SELECT COALESCE(max(change_id), 0) FROM migration.csc_change
