-- One entry of the cutover audit trail.
INSERT INTO migration.event (run_id, command, action, detail) VALUES (?, ?, ?, ?)
