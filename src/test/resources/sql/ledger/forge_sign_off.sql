-- Someone with INSERT on migration.sign_off forges a Data Protection Officer's sign-off of the same report, copying a
-- real sign-off's binding (its reconciliation, report path and hash).
INSERT INTO migration.sign_off (run_id, reconciliation_id, owner_name, owner_role, report_path, report_sha256, mapping_hash,
                                toolkit_version, verdict, decisions_through)
SELECT run_id, reconciliation_id, 'Dee Forger', 'Data Protection Officer', report_path, report_sha256, mapping_hash,
       toolkit_version, verdict, decisions_through
FROM migration.sign_off WHERE sign_off_id = ?
