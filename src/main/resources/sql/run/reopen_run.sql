-- Resumes an interrupted run under its own id: RUNNING again, the failure cleared, the resume counted.
UPDATE migration.run SET status = 'RUNNING', failure = NULL, ended_at = NULL, resumed = resumed + 1
WHERE run_id = ?
