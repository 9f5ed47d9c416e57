-- Ends a run: SUCCEEDED, or FAILED with the failure text.
UPDATE migration.run
SET status = ?, failure = ?, ended_at = now()
WHERE run_id = ?;
