-- A tamper-evident ledger over what people decide and do: reconciliations (with the status of each check),
-- exceptions, sign-offs and events. Each entry holds the SHA-256 of its row's canonical content and of the previous
-- entry, so an inserted, deleted or rewritten row breaks the chain. The toolkit appends the entry in the same
-- transaction as the row; a row written by hand has none. A superuser can recompute the chain: `ledger --export`
-- keeps a copy outside the database that `status --ledger FILE` compares with.

-- Who signed, as the machine and the database knew them, beside the name the owner gave.
ALTER TABLE migration.sign_off ADD COLUMN os_user text;
ALTER TABLE migration.sign_off ADD COLUMN db_user text;

-- The audit trail: every command that connects to a target records one event with who ran it, where and how.
-- options: the command line as given, "" for a Java caller; NULL on the step events the cutover commands add (CutoverEvents).
ALTER TABLE migration.event ADD COLUMN options text;
ALTER TABLE migration.event ADD COLUMN os_user text;
ALTER TABLE migration.event ADD COLUMN db_users text;
ALTER TABLE migration.event ADD COLUMN host text;
ALTER TABLE migration.event ADD COLUMN toolkit_version text;

-- The canonical content of every ledgered row, one text per row: jsonb's text form is canonical (keys sorted, no
-- whitespace choices) and times are rendered in UTC, so the same row always gives the same text whatever the session.
CREATE VIEW migration.ledger_content AS
SELECT 'reconciliation'::text AS kind, r.reconciliation_id AS ref_id, r.made_at AS at,
       jsonb_build_object('id', r.reconciliation_id, 'run', r.run_id, 'made', r.made_at AT TIME ZONE 'UTC',
                          'verdict', r.verdict, 'report_sha256', r.report_sha256, 'report_path', r.report_path,
                          'as_of', r.as_of, 'go_live', r.go_live, 'legacy', r.legacy_identity, 'target', r.target_identity,
                          'check_set_hash', r.check_set_hash, 'whole_state', r.whole_state,
                          'checks', (SELECT string_agg(c.check_id || ':' || c.status || ':' || coalesce(c.legacy_count::text, '')
                                                       || ':' || coalesce(c.target_count::text, '') || ':' || c.owner, ','
                                                       ORDER BY c.check_id)
                                     FROM migration.reconciliation_check c WHERE c.reconciliation_id = r.reconciliation_id),
                          'findings', (SELECT count(*) FROM migration.finding f WHERE f.reconciliation_id = r.reconciliation_id)
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
       jsonb_build_object('id', s.sign_off_id, 'run', s.run_id, 'reconciliation', s.reconciliation_id, 'owner', s.owner_name,
                          'role', s.owner_role, 'report_path', s.report_path, 'report_sha256', s.report_sha256,
                          'mapping_hash', s.mapping_hash, 'toolkit_version', s.toolkit_version, 'verdict', s.verdict,
                          'signed', s.signed_at AT TIME ZONE 'UTC', 'decisions_through', s.decisions_through,
                          'os_user', s.os_user, 'db_user', s.db_user)::text
FROM migration.sign_off s
UNION ALL
SELECT 'event', v.event_id, v.at,
       jsonb_build_object('id', v.event_id, 'run', v.run_id, 'at', v.at AT TIME ZONE 'UTC', 'command', v.command,
                          'action', v.action, 'detail', v.detail, 'options', v.options, 'os_user', v.os_user,
                          'db_users', v.db_users, 'host', v.host, 'toolkit_version', v.toolkit_version)::text
FROM migration.event v;

-- One entry per ledgered row, numbered 1, 2, 3… by the writer (a gap is a deleted entry).
-- entry_sha256 = SHA-256 of "previous_sha256|entry_id|kind|ref_id|content_sha256" (LedgerEntry in the toolkit).
CREATE TABLE migration.ledger (
    entry_id        bigint      PRIMARY KEY CHECK (entry_id > 0),
    kind            text        NOT NULL CHECK (kind IN ('reconciliation', 'exception', 'sign_off', 'event')),
    ref_id          bigint      NOT NULL,
    content_sha256  text        NOT NULL,
    previous_sha256 text        NOT NULL,
    entry_sha256    text        NOT NULL,
    recorded_at     timestamptz NOT NULL DEFAULT now(),
    UNIQUE (kind, ref_id)
);

-- Rows recorded before the ledger existed enter it now, oldest first, so a target migrated earlier verifies.
DO $$
DECLARE
    item     record;
    previous text := repeat('0', 64);
    digest   text;
    entry    text;
    n        bigint := 0;
BEGIN
    FOR item IN SELECT kind, ref_id, content FROM migration.ledger_content ORDER BY at, kind, ref_id LOOP
        n := n + 1;
        digest := encode(sha256(convert_to(item.content, 'UTF8')), 'hex');
        entry := encode(sha256(convert_to(previous || '|' || n || '|' || item.kind || '|' || item.ref_id || '|' || digest, 'UTF8')), 'hex');
        INSERT INTO migration.ledger (entry_id, kind, ref_id, content_sha256, previous_sha256, entry_sha256)
        VALUES (n, item.kind, item.ref_id, digest, previous, entry);
        previous := entry;
    END LOOP;
END
$$;

-- Sign-offs, events and the ledger are records like the reconciliations: never updated, deleted or truncated.
DO $$
DECLARE
    record_table text;
BEGIN
    FOREACH record_table IN ARRAY ARRAY['sign_off', 'event', 'ledger'] LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE OR DELETE ON migration.%I FOR EACH ROW '
                       'EXECUTE FUNCTION migration.refuse_change()', record_table || '_is_a_record', record_table);
        EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON migration.%I FOR EACH STATEMENT '
                       'EXECUTE FUNCTION migration.refuse_change()', record_table || '_truncate', record_table);
    END LOOP;
END
$$;
