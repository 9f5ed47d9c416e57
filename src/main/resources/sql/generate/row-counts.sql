-- Rows per legacy table; the generator only fills a legacy schema whose tables are all empty.
SELECT 'team' AS table_name, COUNT(*) AS row_count FROM team
UNION ALL SELECT 'staff', COUNT(*) FROM staff
UNION ALL SELECT 'client', COUNT(*) FROM client
UNION ALL SELECT 'contact_log', COUNT(*) FROM contact_log
UNION ALL SELECT 'referral', COUNT(*) FROM referral
UNION ALL SELECT 'assessment', COUNT(*) FROM assessment
UNION ALL SELECT 's47_icpc', COUNT(*) FROM s47_icpc
UNION ALL SELECT 'cp_registration', COUNT(*) FROM cp_registration
UNION ALL SELECT 'cp_review', COUNT(*) FROM cp_review
UNION ALL SELECT 'lac_episode', COUNT(*) FROM lac_episode
UNION ALL SELECT 'allocation', COUNT(*) FROM allocation
UNION ALL SELECT 'case_note', COUNT(*) FROM case_note;
