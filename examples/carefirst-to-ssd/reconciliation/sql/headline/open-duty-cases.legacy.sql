-- Open duty cases, legacy side, the legacy truth: every open referral that no open KEY allocation to a worker covers
-- (one naming the episode, or one naming no episode for the same surviving person). An allocation is open when its
-- end_ymd is 0 or after the as-of date. A referral whose person has no survivor is listed, with not_migrated.
WITH RECURSIVE {{survivors}},
{{open_referral}},
key_allocation AS (
  SELECT a.episode_id AS covers_episode, s.survivor_id
  FROM allocation a
  JOIN survivor s ON s.person_id = a.person_id
  JOIN worker w ON w.worker_id = a.worker_id
  WHERE UPPER(TRIM(a.alloc_role)) = 'KEY'
    AND (a.end_ymd = 0 OR a.end_ymd > CAST(REPLACE({asOf}, '-', '') AS UNSIGNED))
)
SELECT o.episode_id AS referral_id, o.legacy_ref, DATE_FORMAT(o.start_date, '%Y-%m-%d') AS referral_date,
       o.unit_id AS team, o.not_migrated
FROM open_referral_truth o
WHERE o.survivor_id IS NULL
   OR (o.episode_id NOT IN (SELECT k.covers_episode FROM key_allocation k WHERE k.covers_episode IS NOT NULL)
       AND o.survivor_id NOT IN (SELECT k.survivor_id FROM key_allocation k WHERE k.covers_episode IS NULL))
ORDER BY o.episode_id
