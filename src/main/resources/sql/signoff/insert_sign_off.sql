-- One data owner's sign-off, bound to one reconciliation and its report's bytes, the mapping set and the toolkit that made
-- it, covering the decisions recorded so far (the last exception id).
INSERT INTO migration.sign_off (run_id, reconciliation_id, owner_name, owner_role, report_path, report_sha256, mapping_hash,
                                toolkit_version, verdict, decisions_through)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT coalesce(max(exception_id), 0) FROM migration.exception))
RETURNING sign_off_id, signed_at, decisions_through
