-- The last committed key of one key range of a mapping (range 0: a mapping read as one stream), in the chunk's own
-- transaction: resume restarts the range after it.
INSERT INTO migration.checkpoint AS c (run_id, mapping_id, range_no, last_key, chunks)
VALUES (?, ?, ?, ?, 1)
ON CONFLICT (run_id, mapping_id, range_no) DO UPDATE SET last_key = EXCLUDED.last_key, chunks = c.chunks + 1, committed_at = now();
