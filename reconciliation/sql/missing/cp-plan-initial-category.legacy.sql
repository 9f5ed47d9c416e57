-- CP registrations of a known child whose initial category maps to no census category.
WITH RECURSIVE {{survivors}}
SELECT r.reg_id AS row_key, s.legacy_ref
FROM cp_registration r JOIN survivor s ON s.client_no = r.client_no
WHERE {{category r.init_cat}} IS NULL
ORDER BY r.reg_id
