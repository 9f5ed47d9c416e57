-- Unborn children (no date of birth) in the census year's return whose expected date of birth is outside March to
-- December of the year the census year ends in (census 8530Q).
SELECT p.pers_person_id::text AS row_key, p.pers_legacy_id AS legacy_ref
FROM csc.ssd_person p
WHERE p.pers_dob IS NULL
  AND (p.pers_expected_dob < make_date({censusYear}, 3, 1) OR p.pers_expected_dob > make_date({censusYear}, 12, 31))
  AND EXISTS (SELECT 1 FROM csc.ssd_cin_episodes e WHERE e.cine_person_id = p.pers_person_id AND {{census_episode e}})
ORDER BY p.pers_person_id
