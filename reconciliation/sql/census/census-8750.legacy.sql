-- Surviving clients with no date of birth that parses but an expected one, whose sex code maps to M or F (M, 1, F, 2,
-- trimmed, in any case: the sex code map) (census 8750).
SELECT c.client_no AS row_key, c.legacy_ref
FROM client c
WHERE c.`merged_into` IS NULL AND c.expected_dob IS NOT NULL
  AND UPPER(TRIM(c.sex_cd)) IN ('M', '1', 'F', '2')
  AND {{free_text_date c.dob}} IS NULL AND {{free_text_date c.expected_dob}} IS NOT NULL
ORDER BY c.client_no
