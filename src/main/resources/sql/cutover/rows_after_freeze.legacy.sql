-- Per legacy table with updated_dt: rows changed after the freeze time (bound once per table), and the latest change.
SELECT 'client' AS legacy_table, count(*), max(updated_dt) FROM client WHERE updated_dt > ?
UNION ALL SELECT 'contact_log', count(*), max(updated_dt) FROM contact_log WHERE updated_dt > ?
UNION ALL SELECT 'referral', count(*), max(updated_dt) FROM referral WHERE updated_dt > ?
UNION ALL SELECT 'assessment', count(*), max(updated_dt) FROM assessment WHERE updated_dt > ?
UNION ALL SELECT 's47_icpc', count(*), max(updated_dt) FROM s47_icpc WHERE updated_dt > ?
UNION ALL SELECT 'cp_registration', count(*), max(updated_dt) FROM cp_registration WHERE updated_dt > ?
UNION ALL SELECT 'cp_review', count(*), max(updated_dt) FROM cp_review WHERE updated_dt > ?
UNION ALL SELECT 'lac_episode', count(*), max(updated_dt) FROM lac_episode WHERE updated_dt > ?
UNION ALL SELECT 'allocation', count(*), max(updated_dt) FROM allocation WHERE updated_dt > ?
UNION ALL SELECT 'case_note', count(*), max(updated_dt) FROM case_note WHERE updated_dt > ?
