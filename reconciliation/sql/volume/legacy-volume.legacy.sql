-- Rows in the legacy tables that the person mapping (client) and the headlines (referral, cp_registration) read,
-- each named with the target table loaded from it.
SELECT 'client -> ssd_person' AS source, COUNT(*) AS n FROM client
UNION ALL SELECT 'referral -> ssd_cin_episodes', COUNT(*) FROM referral
UNION ALL SELECT 'cp_registration -> ssd_cp_plans', COUNT(*) FROM cp_registration
