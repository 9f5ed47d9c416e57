-- Per key range of each mapping of an interrupted run: the last key committed and how many chunks.
SELECT mapping_id, range_no, last_key, chunks FROM migration.checkpoint WHERE run_id = ?
