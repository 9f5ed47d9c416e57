-- Surviving clients with a referral that migrates into the census year's return whose date of death parses to a day
-- outside the year (census 8545Q).
WITH RECURSIVE {{merged_survivors}},
{{episodes_by_survivor}}
-- driven from the surviving children in the year's return (STRAIGHT_JOIN), so the free-text dates are parsed for those
-- only, not for every client before the semi-join
SELECT c.client_no AS row_key, c.legacy_ref
FROM (SELECT DISTINCT survivor_no FROM ep WHERE started <= {censusEnd} AND COALESCE(ended, DATE '9999-12-31') >= {censusStart}) e
STRAIGHT_JOIN client c ON c.client_no = e.survivor_no
WHERE c.`merged_into` IS NULL AND c.date_of_death IS NOT NULL
  AND ({{free_text_date c.date_of_death}} < {censusStart} OR {{free_text_date c.date_of_death}} > {censusEnd})
ORDER BY c.client_no
