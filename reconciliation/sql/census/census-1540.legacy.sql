-- Surviving clients whose UPN, as the migration writes it (upper case, trimmed), is not a letter, 11 digits and a digit
-- or letter (census 1540/1550).
SELECT c.client_no AS row_key, c.legacy_ref
FROM client c
WHERE c.`merged_into` IS NULL AND TRIM(c.upn) <> ''
  AND UPPER(TRIM(c.upn)) NOT REGEXP '^[A-Z][0-9]{11}[0-9A-Z]$'
ORDER BY c.client_no
