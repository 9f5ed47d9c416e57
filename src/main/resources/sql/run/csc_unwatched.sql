-- The csc tables whose writes are not noted: no trigger switchover_csc_written, or one disabled (ALTER TABLE ... DISABLE
-- TRIGGER). A write to them after the reconciliation could not be seen, so they are refused until a full load arms it.
SELECT t.tablename AS table_name
FROM pg_tables t
WHERE t.schemaname = 'csc'
  AND NOT EXISTS (SELECT 1 FROM pg_trigger g
                  WHERE g.tgrelid = format('csc.%I', t.tablename)::regclass
                    AND g.tgname = 'switchover_csc_written' AND g.tgenabled IN ('O', 'A'))
ORDER BY 1
