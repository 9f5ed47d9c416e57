-- Children in the census year's return (an episode in the year) who are over 25 at the year's end: born more than 25
-- years before it (census 8775Q).
SELECT p.pers_person_id::text AS row_key, p.pers_legacy_id AS legacy_ref
FROM csc.ssd_person p
WHERE p.pers_dob < CAST(DATE {censusEnd} - INTERVAL '25 years' AS date)
  AND EXISTS (SELECT 1 FROM csc.ssd_cin_episodes e WHERE e.cine_person_id = p.pers_person_id AND {{census_episode e}})
ORDER BY p.pers_person_id
