-- Initial child protection conferences whose target date is a Saturday or Sunday (census 8870Q).
SELECT c.icpc_icpc_id::text AS row_key, p.pers_legacy_id AS legacy_ref
FROM csc.ssd_initial_cp_conference c JOIN csc.ssd_person p ON p.pers_person_id = c.icpc_person_id
WHERE extract(isodow FROM c.icpc_icpc_target_date) IN (6, 7)
ORDER BY c.icpc_icpc_id
