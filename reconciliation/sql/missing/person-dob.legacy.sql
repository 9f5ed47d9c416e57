-- Surviving clients with neither a date of birth nor an expected date of birth that parses as a date.
SELECT c.client_no AS row_key, c.legacy_ref
FROM client c
WHERE c.`merged_into` IS NULL
  AND {{free_text_date c.dob}} IS NULL
  AND {{free_text_date c.expected_dob}} IS NULL
ORDER BY c.client_no
