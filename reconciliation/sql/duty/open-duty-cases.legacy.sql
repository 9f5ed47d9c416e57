-- Open duty cases, legacy side: referrals of a known child that are open (no close_dt, status neither NFA
-- nor CLOSED...) and that no open KEY allocation to a real worker covers (one naming the referral, or one
-- naming no referral for the same surviving child).
WITH RECURSIVE {{survivors}},
{{loaded_referral}},
{{open_referral}}
SELECT o.ref_id AS referral_id, o.legacy_ref, {{legacy_date o.ref_dt}} AS referral_date, o.team_cd AS team
FROM open_referral o
WHERE o.ref_id NOT IN (SELECT k.covers_ref FROM key_allocation k WHERE k.covers_ref IS NOT NULL)
  AND o.survivor_no NOT IN (SELECT k.survivor_no FROM key_allocation k WHERE k.covers_ref IS NULL)
ORDER BY o.ref_id
