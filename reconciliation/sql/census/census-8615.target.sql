-- Initial child protection conferences held before their Section 47 enquiry started (census 8615).
SELECT i.icpc_icpc_id::text AS row_key, p.pers_legacy_id AS legacy_ref
FROM csc.ssd_initial_cp_conference i
JOIN csc.ssd_s47_enquiry s ON s.s47e_s47_enquiry_id = i.icpc_s47_enquiry_id
JOIN csc.ssd_person p ON p.pers_person_id = i.icpc_person_id
WHERE i.icpc_icpc_date < s.s47e_s47_start_date
ORDER BY i.icpc_icpc_id
