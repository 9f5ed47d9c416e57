-- The csc tables whose writes are not noted: no trigger switchover_csc_written, or one disabled (ALTER TABLE ... DISABLE
-- TRIGGER). A write to them since the load could not be seen, so they are refused until a full load arms it. Only once a
-- load has been reconciled: before that there is nothing to sign, decide or gate, and a fresh target has no triggers yet.
SELECT t.tablename AS table_name
FROM pg_tables t
WHERE t.schemaname = 'csc'
  AND EXISTS (SELECT 1 FROM migration.reconciliation c JOIN migration.run r ON r.run_id = c.run_id
              WHERE r.kind IN ('dry-run', 'final-load', 'delta'))
  AND NOT EXISTS (SELECT 1 FROM pg_trigger g
                  WHERE g.tgrelid = format('csc.%I', t.tablename)::regclass
                    AND g.tgname = 'switchover_csc_written' AND g.tgenabled IN ('O', 'A'))
ORDER BY 1
