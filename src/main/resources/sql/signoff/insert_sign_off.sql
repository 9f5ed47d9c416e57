-- One data owner's sign-off, bound to one reconciliation and its report's bytes, the mapping set and the toolkit that made
-- it and the SHA-256 of the reconciliation.html the owner read, made with the command or in the browser (channel), covering the decisions recorded so far (the last exception id), with the OS user and the database user who made it.
INSERT INTO migration.sign_off (run_id, reconciliation_id, owner_name, owner_role, report_path, report_sha256, mapping_hash,
                                toolkit_version, verdict, decisions_through, os_user, db_user, html_sha256, channel)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT coalesce(max(exception_id), 0) FROM migration.exception), ?, session_user, ?, ?)
RETURNING sign_off_id, signed_at, decisions_through, db_user
