-- Active CP plans, legacy side, the legacy truth: every cp_register row with no end_date (or a later one than the
-- as-of date), whatever the state of its person; the category through code_lookup to the census code (as
-- mappings/codes/category_of_abuse.yml maps it), the other-authority flag, no reviews (CareFirst keeps none here).
WITH RECURSIVE {{survivors}}
SELECT r.reg_id AS plan_id, COALESCE(s.person_ref, p.person_ref) AS legacy_ref,
       CASE UPPER(TRIM(c.code_value)) WHEN 'N' THEN 'NEG' WHEN 'P' THEN 'PHY' WHEN 'S' THEN 'SAB' WHEN 'E' THEN 'EMO'
            WHEN 'M' THEN 'MUL' END AS latest_category,
       CASE WHEN UPPER(TRIM(r.other_la)) = 'Y' THEN 'Y' ELSE 'N' END AS ola,
       NULL AS latest_review,
       CASE WHEN s.survivor_id IS NULL THEN 'unknown_client' END AS not_migrated
FROM cp_register r
LEFT JOIN survivor s ON s.person_id = r.person_id
LEFT JOIN person p ON p.person_id = r.person_id
LEFT JOIN code_lookup c ON c.code_id = r.category_code
WHERE r.end_date IS NULL OR r.end_date > {asOf}
ORDER BY r.reg_id
