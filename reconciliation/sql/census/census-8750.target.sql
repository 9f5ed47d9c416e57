-- Unborn children (no date of birth, an expected one) whose sex is written to the census as 1 or 2, not 0 (census
-- 8750): the export writes M as 1, F as 2 and anything else as 0.
SELECT p.pers_person_id::text AS row_key, p.pers_legacy_id AS legacy_ref
FROM csc.ssd_person p
WHERE p.pers_dob IS NULL AND p.pers_expected_dob IS NOT NULL AND p.pers_sex IN ('M', 'F')
ORDER BY p.pers_person_id
