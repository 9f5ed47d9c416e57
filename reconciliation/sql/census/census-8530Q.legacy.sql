-- Surviving clients with a referral that migrates into the census year's return, no date of birth that parses and an
-- expected one outside March to December of the year the census year ends in (census 8530Q).
WITH RECURSIVE {{merged_survivors}},
{{episodes_by_survivor}}
-- driven from the surviving children in the year's return (STRAIGHT_JOIN), so the free-text dates are parsed for those
-- only, not for every client before the semi-join
SELECT c.client_no AS row_key, c.legacy_ref
FROM (SELECT DISTINCT survivor_no FROM ep WHERE started <= {censusEnd} AND COALESCE(ended, DATE '9999-12-31') >= {censusStart}) e
STRAIGHT_JOIN client c ON c.client_no = e.survivor_no
WHERE c.`merged_into` IS NULL AND c.expected_dob IS NOT NULL AND {{free_text_date c.dob}} IS NULL
  AND ({{free_text_date c.expected_dob}} < MAKEDATE({censusYear}, 1) + INTERVAL 2 MONTH
       OR {{free_text_date c.expected_dob}} > MAKEDATE({censusYear} + 1, 1) - INTERVAL 1 DAY)
ORDER BY c.client_no
