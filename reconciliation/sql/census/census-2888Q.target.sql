-- The disability codes other than NONE of each child in the census year's return (census 2888Q): those of the
-- children with an episode in it, as episodes.sql writes their ChildCharacteristics. One row keyed by the year, with
-- the children that have such a code and the most codes one of them has, when each of them has exactly one (and at
-- least one child has one); none otherwise.
WITH child AS (
  SELECT DISTINCT e.cine_person_id AS person_id FROM csc.ssd_cin_episodes e WHERE {{census_episode e}}
),
per_child AS (
  SELECT d.disa_person_id, count(*) AS codes
  FROM csc.ssd_disability d JOIN child c ON c.person_id = d.disa_person_id
  WHERE d.disa_disability_code <> 'NONE'
  GROUP BY d.disa_person_id
)
SELECT concat({censusStart}, '..', {censusEnd}) AS row_key, count(*) AS children_with_codes,
       max(p.codes) AS max_codes_per_child
FROM per_child p
HAVING count(*) > 0 AND max(p.codes) = 1
