-- True for a placeholder worker code (UNALLOC, DUTY-*): not a person.
(UPPER(TRIM({arg})) = 'UNALLOC' OR UPPER(TRIM({arg})) LIKE 'DUTY-%')
