-- Open duty cases, legacy side: referrals of a known child that are open (no close_dt, status neither NFA
-- nor CLOSED...) and that no open KEY allocation to a real worker covers (one naming the referral, or one
-- naming no referral for the same surviving child).
WITH RECURSIVE {{survivors}},
{{loaded_referral}},
{{open_referral}}
SELECT o.ref_id AS referral_id, o.legacy_ref, {{legacy_date o.ref_dt}} AS referral_date, o.team_cd AS team
FROM open_referral o
WHERE NOT EXISTS (SELECT 1 FROM key_allocation k WHERE k.covers_ref = o.ref_id)
  AND NOT EXISTS (SELECT 1 FROM key_allocation k WHERE k.covers_ref IS NULL AND k.survivor_no = o.survivor_no)
ORDER BY o.ref_id
