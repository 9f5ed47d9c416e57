-- Referrals of a child whose survivor has a date of death, with a CIN plan starting after it (census 4008).
WITH RECURSIVE {{dead_clients}}
SELECT r.ref_id AS row_key, k.legacy_ref
FROM referral r JOIN dead_client k ON k.client_no = r.client_no
WHERE {{real_date r.cin_plan_start}} > k.died
ORDER BY r.ref_id
