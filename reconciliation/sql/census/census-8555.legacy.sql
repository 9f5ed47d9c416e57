-- Referrals that migrate (the surviving child has a date of death, the team exists) dated after that death (census 8555).
WITH RECURSIVE {{dead_clients}}
SELECT r.ref_id AS row_key, k.legacy_ref
FROM referral r JOIN dead_client k ON k.client_no = r.client_no JOIN team t ON t.team_cd = r.team_cd
WHERE {{real_date r.ref_dt}} > k.died
ORDER BY r.ref_id
