-- Every sign-off, oldest first, with the reconciliation it signed and the decisions it covers.
SELECT s.sign_off_id, s.run_id, s.reconciliation_id, s.owner_name, s.owner_role, s.report_path, s.report_sha256, s.mapping_hash,
       s.toolkit_version, s.verdict, s.signed_at, s.decisions_through
FROM migration.sign_off s
ORDER BY s.sign_off_id
