-- Surviving clients whose date of birth and expected date of birth both parse, or neither does (census 8525).
SELECT c.client_no AS row_key, c.legacy_ref
FROM client c
WHERE c.`merged_into` IS NULL
  AND ({{free_text_date c.dob}} IS NULL) = ({{free_text_date c.expected_dob}} IS NULL)
ORDER BY c.client_no
