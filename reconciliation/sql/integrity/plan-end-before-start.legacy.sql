-- CP registrations of a known child deregistered before they were registered (census rule 8925).
WITH RECURSIVE {{survivors}}
SELECT r.reg_id AS row_key, s.legacy_ref
FROM cp_registration r JOIN survivor s ON s.client_no = r.client_no
WHERE {{real_date r.dereg_dt}} < {{real_date r.reg_dt}}
ORDER BY r.reg_id
