-- Annex A list 5: Section 47 enquiries started, or whose initial conference was held, in the period.
SELECT s.s47e_s47_enquiry_id::text AS row_key, p.pers_legacy_id AS legacy_ref, s.s47e_s47_start_date::text AS s47_start,
       c.icpc_icpc_date::text AS icpc_date, {{annex_a_child p}}
FROM csc.ssd_s47_enquiry s JOIN csc.ssd_person p ON p.pers_person_id = s.s47e_person_id
LEFT JOIN csc.ssd_initial_cp_conference c ON c.icpc_s47_enquiry_id = s.s47e_s47_enquiry_id
WHERE {{annex_a_period s.s47e_s47_start_date}} OR {{annex_a_period c.icpc_icpc_date}}
ORDER BY s.s47e_s47_enquiry_id
