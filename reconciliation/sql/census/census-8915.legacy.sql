-- CP registrations of a known child that start after the surviving child's date of death (census 8915).
WITH RECURSIVE {{dead_clients}}
SELECT r.reg_id AS row_key, k.legacy_ref
FROM cp_registration r JOIN dead_client k ON k.client_no = r.client_no
WHERE {{real_date r.reg_dt}} > k.died
ORDER BY r.reg_id
