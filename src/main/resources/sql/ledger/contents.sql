-- The canonical content of every ledgered row, to compare with the ledger.
SELECT kind, ref_id, content FROM migration.ledger_content ORDER BY kind, ref_id
