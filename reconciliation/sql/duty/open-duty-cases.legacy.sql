-- Open duty cases, legacy side, the legacy truth: every open referral (no close_dt, status neither NFA nor CLOSED...)
-- that no open KEY allocation to a real worker covers (one naming the referral, or one naming no referral for the same
-- surviving child). A referral whose client has no survivor is an open duty case that cannot migrate: not_migrated
-- says why (the mapping's reject reason).
-- It walks the merge chains itself (survivor_chains, not the shared survivors): it joins survivor twice.
WITH RECURSIVE {{survivor_chains}},
{{loaded_referral}},
{{open_referral}}
SELECT o.ref_id AS referral_id, o.legacy_ref, {{legacy_date o.ref_dt}} AS referral_date, o.team_cd AS team, o.not_migrated
FROM open_referral_truth o
WHERE o.survivor_no IS NULL
   OR (o.ref_id NOT IN (SELECT k.covers_ref FROM key_allocation k WHERE k.covers_ref IS NOT NULL)
       AND o.survivor_no NOT IN (SELECT k.survivor_no FROM key_allocation k WHERE k.covers_ref IS NULL))
ORDER BY o.ref_id
