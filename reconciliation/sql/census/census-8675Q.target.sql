-- Section 47 enquiries in the census year's return (as the export writes them: started by the year's end, not ended
-- before it, their episode in the year) with no initial conference held by the year's end and a conference not marked
-- not required, that started more than 15 working days before the
-- year's end (census 8675Q).
SELECT s.s47e_s47_enquiry_id::text AS row_key, p.pers_legacy_id AS legacy_ref
FROM csc.ssd_s47_enquiry s
JOIN csc.ssd_cin_episodes e ON e.cine_referral_id = s.s47e_referral_id
JOIN csc.ssd_person p ON p.pers_person_id = s.s47e_person_id
LEFT JOIN csc.ssd_initial_cp_conference c ON c.icpc_s47_enquiry_id = s.s47e_s47_enquiry_id
WHERE s.s47e_s47_start_date < DATE {censusEnd15WorkingDays}
  AND (s.s47e_s47_end_date IS NULL OR s.s47e_s47_end_date >= DATE {censusStart})
  AND (s.s47e_s47_nfa IS NOT NULL OR s.s47e_s47_end_date IS NULL) AND s.s47e_s47_nfa IS DISTINCT FROM 'Y'
  AND (c.icpc_icpc_date IS NULL OR c.icpc_icpc_date > DATE {censusEnd})
  AND {{census_episode e}}
ORDER BY s.s47e_s47_enquiry_id
