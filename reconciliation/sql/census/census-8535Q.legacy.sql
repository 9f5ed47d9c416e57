-- Surviving clients whose date of death parses to a day before their parsed date of birth (census 8535Q): both through
-- the migration's free-text date parser, two-digit years pivoting on the extract year.
SELECT c.client_no AS row_key, c.legacy_ref
FROM client c
WHERE c.`merged_into` IS NULL AND c.date_of_death IS NOT NULL
  AND {{free_text_date c.date_of_death}} < {{free_text_date c.dob}}
ORDER BY c.client_no
