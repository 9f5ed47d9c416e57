-- Rows in the target tables loaded from the person and headline legacy tables: each legacy row gives at most one.
-- Always in this order: a UNION ALL alone promises none (PostgreSQL may append the branches in parallel).
SELECT source, n FROM (
  SELECT 'client -> ssd_person' AS source, count(*) AS n FROM csc.ssd_person
  UNION ALL SELECT 'referral -> ssd_cin_episodes', count(*) FROM csc.ssd_cin_episodes
  UNION ALL SELECT 'cp_registration -> ssd_cp_plans', count(*) FROM csc.ssd_cp_plans
) counted
ORDER BY CASE source WHEN 'client -> ssd_person' THEN 1 WHEN 'referral -> ssd_cin_episodes' THEN 2 ELSE 3 END
