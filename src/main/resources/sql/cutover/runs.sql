-- Every run on the target, newest first, with what the status command shows.
SELECT run_id, kind, status, started_at, ended_at, verdict, mapping_hash, resumed, since_run_id, failure, no_go_reason
FROM migration.run
ORDER BY run_id DESC
