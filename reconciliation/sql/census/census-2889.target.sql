-- Section 47 enquiries that start before their referral (census 2889).
SELECT s.s47e_s47_enquiry_id::text AS row_key, p.pers_legacy_id AS legacy_ref
FROM csc.ssd_s47_enquiry s
JOIN csc.ssd_cin_episodes e ON e.cine_referral_id = s.s47e_referral_id
JOIN csc.ssd_person p ON p.pers_person_id = s.s47e_person_id
WHERE s.s47e_s47_start_date < e.cine_referral_date
ORDER BY s.s47e_s47_enquiry_id
