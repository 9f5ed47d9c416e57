-- The disability codes other than NONE that the census year's return carries (census 2887Q): those of the children
-- with an episode in it, as episodes.sql writes their ChildCharacteristics. One row keyed by the year, with the number
-- of distinct codes used, when it is 7 or fewer; none otherwise.
WITH child AS (
  SELECT DISTINCT e.cine_person_id AS person_id FROM csc.ssd_cin_episodes e WHERE {{census_episode e}}
),
used AS (
  SELECT count(DISTINCT d.disa_disability_code) AS codes
  FROM csc.ssd_disability d JOIN child c ON c.person_id = d.disa_person_id
  WHERE d.disa_disability_code <> 'NONE'
)
SELECT concat({censusStart}, '..', {censusEnd}) AS row_key, u.codes AS codes_used
FROM used u
WHERE u.codes <= 7
