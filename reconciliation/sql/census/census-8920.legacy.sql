-- CP registrations of a known child that end after the surviving child's date of death (census 8920).
WITH RECURSIVE {{dead_clients}}
SELECT r.reg_id AS row_key, k.legacy_ref
FROM cp_registration r JOIN dead_client k ON k.client_no = r.client_no
WHERE {{real_date r.dereg_dt}} > k.died
ORDER BY r.reg_id
