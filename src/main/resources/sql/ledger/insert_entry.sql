-- One entry of the chain.
INSERT INTO migration.ledger (entry_id, kind, ref_id, content_sha256, previous_sha256, entry_sha256) VALUES (?, ?, ?, ?, ?, ?)
