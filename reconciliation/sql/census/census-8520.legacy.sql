-- Surviving clients whose date of birth, parsed as the migration parses it, is after the extract date (census 8520).
SELECT c.client_no AS row_key, c.legacy_ref
FROM client c
WHERE c.`merged_into` IS NULL AND c.dob IS NOT NULL AND {{free_text_date c.dob}} > {asOf}
ORDER BY c.client_no
