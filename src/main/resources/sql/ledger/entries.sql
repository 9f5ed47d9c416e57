-- The whole chain, in order.
SELECT entry_id, kind, ref_id, content_sha256, previous_sha256, entry_sha256 FROM migration.ledger ORDER BY entry_id
