-- Surviving clients whose date of birth, parsed as the migration parses it, is after the extract date (census 8520).
-- Only a date written with a four-digit year from the extract year on can be (two-digit years pivot into the past), so
-- the parse, costly on every client, runs only on those.
SELECT c.client_no AS row_key, c.legacy_ref
FROM client c
WHERE c.`merged_into` IS NULL AND CAST(REGEXP_SUBSTR(c.dob, '[0-9]{4}') AS SIGNED) >= {asOfYear}
  AND {{free_text_date c.dob}} > {asOf}
ORDER BY c.client_no
