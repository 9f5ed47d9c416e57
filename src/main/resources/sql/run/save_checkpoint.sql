-- The last committed key of one mapping, in the chunk's own transaction: resume restarts after it.
INSERT INTO migration.checkpoint AS c (run_id, mapping_id, last_key, chunks)
VALUES (?, ?, ?, 1)
ON CONFLICT (run_id, mapping_id) DO UPDATE SET last_key = EXCLUDED.last_key, chunks = c.chunks + 1, committed_at = now();
