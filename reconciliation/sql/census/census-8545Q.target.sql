-- Children in the census year's return (an episode in the year) whose date of death is outside the year (census 8545Q).
SELECT p.pers_person_id::text AS row_key, p.pers_legacy_id AS legacy_ref
FROM csc.ssd_person p
WHERE (p.pers_death_date < DATE {censusStart} OR p.pers_death_date > DATE {censusEnd})
  AND EXISTS (SELECT 1 FROM csc.ssd_cin_episodes e WHERE e.cine_person_id = p.pers_person_id AND {{census_episode e}})
ORDER BY p.pers_person_id
