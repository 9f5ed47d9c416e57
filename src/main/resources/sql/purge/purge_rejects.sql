-- Replaces the raw values of rejected rows of runs before ? with the redaction marker: every value of raw_values (its
-- column name kept) and the detail, which may quote a value. Keys, reasons and counts stay. Returns how many rows changed.
WITH purged AS (
    UPDATE migration.reject r
    SET raw_values = (SELECT jsonb_object_agg(k, to_jsonb(?::text)) FROM jsonb_object_keys(r.raw_values) k),
        detail     = CASE WHEN r.detail IS NULL THEN NULL ELSE ? END
    WHERE r.run_id < ?
      AND (r.detail <> ? OR EXISTS (SELECT 1 FROM jsonb_each(r.raw_values) e WHERE e.value <> to_jsonb(?::text)))
    RETURNING 1
)
SELECT count(*) FROM purged
