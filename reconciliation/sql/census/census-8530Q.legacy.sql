-- Surviving clients with a referral that migrates into the census year's return, no date of birth that parses and an
-- expected one outside March to December of the year the census year ends in (census 8530Q).
WITH RECURSIVE {{merged_survivors}},
{{episodes_by_survivor}}
SELECT c.client_no AS row_key, c.legacy_ref
FROM client c
WHERE c.`merged_into` IS NULL AND c.expected_dob IS NOT NULL AND {{free_text_date c.dob}} IS NULL
  AND ({{free_text_date c.expected_dob}} < MAKEDATE({censusYear}, 1) + INTERVAL 2 MONTH
       OR {{free_text_date c.expected_dob}} > MAKEDATE({censusYear} + 1, 1) - INTERVAL 1 DAY)
  AND c.client_no IN (SELECT survivor_no FROM ep WHERE started <= {censusEnd} AND COALESCE(ended, DATE '9999-12-31') >= {censusStart})
ORDER BY c.client_no
