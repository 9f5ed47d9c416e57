-- One event of the audit trail: what was done, by whom (the OS user, the database users: the target's as the server
-- knows it, the legacy one as configured), on which host, with which toolkit and options.
INSERT INTO migration.event (run_id, command, action, detail, options, os_user, db_users, host, toolkit_version)
VALUES (?, ?, ?, ?, ?, ?, concat('target ', session_user, ?::text), ?, ?)
RETURNING event_id
