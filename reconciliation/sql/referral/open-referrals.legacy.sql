-- Open referrals, legacy side, the legacy truth: every referral with no close_dt whose status is neither NFA nor
-- CLOSED..., whatever the state of its client; not_migrated says why one cannot migrate (the mapping's reject reason).
-- It walks the merge chains itself (survivor_chains, not the shared survivors): it joins survivor twice.
WITH RECURSIVE {{survivor_chains}},
{{loaded_referral}},
{{open_referral}}
SELECT o.ref_id AS referral_id, o.legacy_ref, {{legacy_date o.ref_dt}} AS referral_date, o.team_cd AS team, o.not_migrated
FROM open_referral_truth o
ORDER BY o.ref_id
