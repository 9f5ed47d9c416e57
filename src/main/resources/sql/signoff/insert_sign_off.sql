-- One data owner's sign-off, bound to the report's bytes, the mapping set and the toolkit that made it.
INSERT INTO migration.sign_off (run_id, owner_name, owner_role, report_path, report_sha256, mapping_hash, toolkit_version, verdict)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
RETURNING sign_off_id, signed_at
