-- The ledgered rows whose canonical content differs from what the view before V13 (ledger_content_v12) gives them.
SELECT n.kind, n.ref_id FROM migration.ledger_content n FULL JOIN migration.ledger_content_v12 o USING (kind, ref_id)
WHERE n.content IS DISTINCT FROM o.content ORDER BY n.kind, n.ref_id
