-- The audit trail, oldest first.
SELECT event_id, at, command, action, run_id, detail, options, os_user, db_users, host, toolkit_version
FROM migration.event ORDER BY event_id
