-- The rows of one child that run ? rejected, and why: matched by the legacy reference a person row carried, or by the
-- client_no of that person (loaded or rejected). Parameters: run, legacy reference (three times). Values already purged
-- ([purged]) no longer match, so a child's rejects vanish from this page once purged, by design.
WITH client AS (SELECT pers_person_id::text AS no FROM csc.ssd_person WHERE pers_legacy_id = ?
                UNION SELECT j.raw_values ->> 'client_no' FROM migration.reject j WHERE j.raw_values ->> 'legacy_ref' = ?)
SELECT j.target_table, j.legacy_table, j.legacy_key, j.reason, j.detail
FROM migration.reject j
WHERE j.run_id = ? AND (j.raw_values ->> 'legacy_ref' = ? OR j.raw_values ->> 'client_no' IN (SELECT no FROM client))
ORDER BY j.target_table, j.legacy_key
