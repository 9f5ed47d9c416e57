-- Rows in the legacy tables that the person mapping (client) and the headlines (referral, cp_registration) read,
-- each named with the target table loaded from it, always in this order (a UNION ALL alone promises none).
SELECT source, n FROM (
  SELECT 'client -> ssd_person' AS source, COUNT(*) AS n FROM client
  UNION ALL SELECT 'referral -> ssd_cin_episodes', COUNT(*) FROM referral
  UNION ALL SELECT 'cp_registration -> ssd_cp_plans', COUNT(*) FROM cp_registration
) counted
ORDER BY CASE source WHEN 'client -> ssd_person' THEN 1 WHEN 'referral -> ssd_cin_episodes' THEN 2 ELSE 3 END
