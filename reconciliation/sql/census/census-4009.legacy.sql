-- Referrals of a child whose survivor has a date of death, with a CIN plan (one starts) ending after it (census 4009).
WITH RECURSIVE {{dead_clients}}
SELECT r.ref_id AS row_key, k.legacy_ref
FROM referral r JOIN dead_client k ON k.client_no = r.client_no
WHERE {{real_date r.cin_plan_start}} IS NOT NULL AND {{real_date r.cin_plan_end}} > k.died
ORDER BY r.ref_id
