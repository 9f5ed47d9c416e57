-- CP registrations of a known child whose registration date is a zero date.
WITH RECURSIVE {{survivors}}
SELECT r.reg_id AS row_key, s.legacy_ref
FROM cp_registration r JOIN survivor s ON s.client_no = r.client_no
WHERE {{legacy_date r.reg_dt}} IS NULL
ORDER BY r.reg_id
