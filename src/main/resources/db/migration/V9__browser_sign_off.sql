-- Sign-off in the browser (`switchover serve`): the owners who may sign in, and the HTML page a sign-off binds.

-- The people who sign in to `serve`, created by `switchover user add`; only a bcrypt hash of the password is kept.
-- role must be one the who-may-sign rules allow when the user is added (the toolkit checks it, as the rules are configuration).
CREATE TABLE migration.app_user (
    user_id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_name          text        NOT NULL CHECK (btrim(user_name) <> ''),
    user_role          text        NOT NULL CHECK (btrim(user_role) <> ''),
    password_hash      text        NOT NULL CHECK (password_hash LIKE '$2%'),
    created_at         timestamptz NOT NULL DEFAULT now(),
    created_by_os_user text
);
CREATE UNIQUE INDEX app_user_name_idx ON migration.app_user (lower(btrim(user_name)));

-- What the owner reads is reconciliation.html: the reconciliation records its SHA-256 beside that of reconciliation.json,
-- and a sign-off binds both, and says how it was made (cli: the sign-off command; browser: serve's sign-off page).
-- NULL on rows written before this version.
ALTER TABLE migration.reconciliation ADD COLUMN html_sha256 text;
ALTER TABLE migration.sign_off ADD COLUMN html_sha256 text;
ALTER TABLE migration.sign_off ADD COLUMN channel text CHECK (channel IN ('cli', 'browser'));

-- The ledger's canonical content gains the new columns only where they are set, so every row written before this
-- version keeps the content (and the chain) it had.
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
