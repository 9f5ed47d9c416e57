-- The entry of one row, if the toolkit recorded it.
SELECT entry_id, kind, ref_id, content_sha256, previous_sha256, entry_sha256 FROM migration.ledger WHERE kind = ? AND ref_id = ?
