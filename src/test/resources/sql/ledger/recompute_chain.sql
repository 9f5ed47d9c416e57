-- A superuser who knows how the chain is made, after rewriting rows: recomputes the whole ledger the way the toolkit would
-- (every row's canonical content, chained), so the chain in the database is intact again. One script, run whole on one
-- session (the record triggers are off for it).
SET session_replication_role = replica;
DELETE FROM migration.ledger;
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
$$
