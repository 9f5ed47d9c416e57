-- The ledger seals a reconciliation's failing records and its code crosswalk too, not only their number: a finding or a
-- crosswalk line rewritten by hand (triggers off) changes its reconciliation's content and breaks the chain there.
-- ledger_version: NULL on reconciliations recorded before this version, whose content (and chain) stays as it was; the
-- toolkit writes 2. Rows are digested in byte order ("C"), so the digest does not depend on the database's collation.
ALTER TABLE migration.reconciliation ADD COLUMN ledger_version smallint CHECK (ledger_version >= 2);

CREATE OR REPLACE VIEW migration.ledger_content AS
SELECT 'reconciliation'::text AS kind, r.reconciliation_id AS ref_id, r.made_at AS at,
       (jsonb_build_object('id', r.reconciliation_id, 'run', r.run_id, 'made', r.made_at AT TIME ZONE 'UTC',
                          'verdict', r.verdict, 'report_sha256', r.report_sha256, 'report_path', r.report_path,
                          'as_of', r.as_of, 'go_live', r.go_live, 'legacy', r.legacy_identity, 'target', r.target_identity,
                          'check_set_hash', r.check_set_hash, 'whole_state', r.whole_state,
                          'checks', (SELECT string_agg(c.check_id || ':' || c.status || ':' || coalesce(c.legacy_count::text, '')
                                                       || ':' || coalesce(c.target_count::text, '') || ':' || c.owner, ','
                                                       ORDER BY c.check_id)
                                     FROM migration.reconciliation_check c WHERE c.reconciliation_id = r.reconciliation_id),
                          'findings', (SELECT count(*) FROM migration.finding f WHERE f.reconciliation_id = r.reconciliation_id))
        || jsonb_strip_nulls(jsonb_build_object('html_sha256', r.html_sha256))
        -- from ledger version 2 on, the digests of the reconciliation's failing records and crosswalk, as they are now
        || CASE WHEN r.ledger_version >= 2 THEN jsonb_build_object(
               'findings_sha256', encode(sha256(convert_to(coalesce((
                   SELECT string_agg(jsonb_build_array(f.check_id, f.record_key, f.legacy_ref, f.reason, f.status, f.exception_id)::text,
                                     E'\n' ORDER BY f.check_id COLLATE "C", f.record_key COLLATE "C")
                   FROM migration.finding f WHERE f.reconciliation_id = r.reconciliation_id), ''), 'UTF8')), 'hex'),
               'crosswalk_sha256', encode(sha256(convert_to(coalesce((
                   SELECT string_agg(x.line, E'\n' ORDER BY x.line COLLATE "C")
                   FROM (SELECT jsonb_build_array(w.place, w.legacy_value, w.code, w.legacy_rows, w.target_rows)::text AS line
                         FROM migration.reconciliation_crosswalk w WHERE w.reconciliation_id = r.reconciliation_id) x), ''), 'UTF8')), 'hex'))
           ELSE '{}'::jsonb END
       )::text AS content
FROM migration.reconciliation r
UNION ALL
SELECT 'exception', e.exception_id, e.decided_at,
       jsonb_build_object('id', e.exception_id, 'reconciliation', e.reconciliation_id, 'run', e.run_id, 'check', e.check_id,
                          'key', e.record_key, 'legacy_ref', e.legacy_ref, 'record_reason', e.record_reason,
                          'decision', e.decision, 'owner', e.owner_name, 'role', e.owner_role, 'reason', e.reason,
                          'decided', e.decided_at AT TIME ZONE 'UTC')::text
FROM migration.exception e
UNION ALL
SELECT 'sign_off', s.sign_off_id, s.signed_at,
       (jsonb_build_object('id', s.sign_off_id, 'run', s.run_id, 'reconciliation', s.reconciliation_id, 'owner', s.owner_name,
                          'role', s.owner_role, 'report_path', s.report_path, 'report_sha256', s.report_sha256,
                          'mapping_hash', s.mapping_hash, 'toolkit_version', s.toolkit_version, 'verdict', s.verdict,
                          'signed', s.signed_at AT TIME ZONE 'UTC', 'decisions_through', s.decisions_through,
                          'os_user', s.os_user, 'db_user', s.db_user)
        || jsonb_strip_nulls(jsonb_build_object('html_sha256', s.html_sha256, 'channel', s.channel)))::text
FROM migration.sign_off s
UNION ALL
SELECT 'event', v.event_id, v.at,
       jsonb_build_object('id', v.event_id, 'run', v.run_id, 'at', v.at AT TIME ZONE 'UTC', 'command', v.command,
                          'action', v.action, 'detail', v.detail, 'options', v.options, 'os_user', v.os_user,
                          'db_users', v.db_users, 'host', v.host, 'toolkit_version', v.toolkit_version)::text
FROM migration.event v;
