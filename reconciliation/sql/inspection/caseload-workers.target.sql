-- Caseload per worker in the target: open episodes covered by the professional's open ALLOCATED_CW involvements.
WITH {{target_covered}}
SELECT worker, count(DISTINCT cine_referral_id)::text AS cases FROM covered GROUP BY worker ORDER BY worker
