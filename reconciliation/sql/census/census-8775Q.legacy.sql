-- Surviving clients with a referral that migrates into the census year's return, born (as the migration parses the
-- date of birth) more than 25 years before the year's end (census 8775Q).
WITH RECURSIVE {{merged_survivors}},
{{episodes_by_survivor}}
SELECT c.client_no AS row_key, c.legacy_ref
FROM client c
WHERE c.`merged_into` IS NULL AND c.dob IS NOT NULL
  AND {{free_text_date c.dob}} < DATE_SUB({censusEnd}, INTERVAL 25 YEAR)
  AND c.client_no IN (SELECT survivor_no FROM ep WHERE started <= {censusEnd} AND COALESCE(ended, DATE '9999-12-31') >= {censusStart})
ORDER BY c.client_no
