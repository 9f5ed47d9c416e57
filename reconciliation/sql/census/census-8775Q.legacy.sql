-- Surviving clients with a referral that migrates into the census year's return, born (as the migration parses the
-- date of birth) more than 25 years before the year's end (census 8775Q).
WITH RECURSIVE {{merged_survivors}},
{{episodes_by_survivor}}
-- driven from the surviving children in the year's return (STRAIGHT_JOIN), so the free-text dates are parsed for those
-- only, not for every client before the semi-join
SELECT c.client_no AS row_key, c.legacy_ref
FROM (SELECT DISTINCT survivor_no FROM ep WHERE started <= {censusEnd} AND COALESCE(ended, DATE '9999-12-31') >= {censusStart}) e
STRAIGHT_JOIN client c ON c.client_no = e.survivor_no
WHERE c.`merged_into` IS NULL AND c.dob IS NOT NULL
  AND {{free_text_date c.dob}} < DATE_SUB({censusEnd}, INTERVAL 25 YEAR)
ORDER BY c.client_no
