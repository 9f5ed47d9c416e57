-- Every sign-off, oldest first, with the reconciliation it signed (its recorded report hash and check set) and the
-- decisions it covers.
SELECT s.sign_off_id, s.run_id, s.reconciliation_id, s.owner_name, s.owner_role, s.report_path, s.report_sha256, s.mapping_hash,
       s.toolkit_version, s.verdict, s.signed_at, s.decisions_through, s.os_user, s.db_user, r.report_sha256, r.check_set_hash,
       s.html_sha256, s.channel, r.html_sha256
FROM migration.sign_off s
LEFT JOIN migration.reconciliation r ON r.reconciliation_id = s.reconciliation_id
ORDER BY s.sign_off_id
