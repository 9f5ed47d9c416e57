-- Open referrals, legacy side, the legacy truth: every open REF episode whatever the state of its person.
WITH RECURSIVE {{survivors}},
{{open_referral}}
SELECT o.episode_id AS referral_id, o.legacy_ref, DATE_FORMAT(o.start_date, '%Y-%m-%d') AS referral_date,
       o.unit_id AS team, o.not_migrated
FROM open_referral_truth o
ORDER BY o.episode_id
