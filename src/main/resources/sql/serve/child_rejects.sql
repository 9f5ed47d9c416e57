-- The rows of one child that run ? rejected, and why: matched by the legacy reference a rejected person row carried, or
-- by the person's legacy key (loaded or rejected). The JSON keys are the person mapping's legacy key and reference
-- columns, given as parameters. Values already purged ([purged]) no longer match, so a child's rejects leave this page
-- once purged, by design. Parameters: person key, key column, reference column, legacy reference, run, reference
-- column, legacy reference, key column.
WITH person_key AS (SELECT ?::text AS no
                UNION SELECT j.raw_values ->> ? FROM migration.reject j WHERE j.raw_values ->> ? = ?)
SELECT j.target_table, j.legacy_table, j.legacy_key, j.reason, j.detail
FROM migration.reject j
WHERE j.run_id = ? AND (j.raw_values ->> ? = ? OR j.raw_values ->> ? IN (SELECT no FROM person_key WHERE no IS NOT NULL))
ORDER BY j.target_table, j.legacy_key
