-- Replaces the raw value of lossy conversions of runs before ? with the redaction marker; keys, columns and kinds stay.
WITH purged AS (
    UPDATE migration.lossy_conversion SET raw_value = ?
    WHERE run_id < ? AND raw_value IS NOT NULL AND raw_value <> ?
    RETURNING 1
)
SELECT count(*) FROM purged
