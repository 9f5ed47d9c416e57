-- Open cases whose covering open KEY allocation is to a worker who has left (staff.active_yn = N).
-- It walks the merge chains itself (survivor_chains, not the shared survivors): it joins survivor twice.
WITH RECURSIVE {{survivor_chains}},
{{loaded_referral}},
{{open_referral}}
SELECT o.ref_id AS referral_id, o.legacy_ref
FROM open_referral o
WHERE o.ref_id IN (SELECT k.covers_ref FROM key_allocation k WHERE k.covers_ref IS NOT NULL AND UPPER(TRIM(k.active_yn)) = 'N')
   OR o.survivor_no IN (SELECT k.survivor_no FROM key_allocation k WHERE k.covers_ref IS NULL AND UPPER(TRIM(k.active_yn)) = 'N')
ORDER BY o.ref_id
