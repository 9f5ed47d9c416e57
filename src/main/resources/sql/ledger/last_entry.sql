-- The newest entry: the next one follows it.
SELECT entry_id, entry_sha256 FROM migration.ledger ORDER BY entry_id DESC LIMIT 1
