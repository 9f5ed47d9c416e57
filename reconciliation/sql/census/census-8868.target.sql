-- Closed CIN episodes with a Section 47 enquiry neither completed by a conference date nor marked conference not
-- required (the export's ICPCnotRequired is s47e_s47_nfa Y) (census 8868).
SELECT DISTINCT e.cine_referral_id::text AS row_key, p.pers_legacy_id AS legacy_ref
FROM csc.ssd_cin_episodes e
JOIN csc.ssd_s47_enquiry s ON s.s47e_referral_id = e.cine_referral_id
JOIN csc.ssd_person p ON p.pers_person_id = e.cine_person_id
LEFT JOIN csc.ssd_initial_cp_conference c ON c.icpc_s47_enquiry_id = s.s47e_s47_enquiry_id
WHERE e.cine_close_date IS NOT NULL AND c.icpc_icpc_date IS NULL AND s.s47e_s47_nfa IS DISTINCT FROM 'Y'
ORDER BY 1
