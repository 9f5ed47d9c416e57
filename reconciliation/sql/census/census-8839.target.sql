-- Referrals with two or more Section 47 enquiries without an end date (census 8839).
SELECT s.s47e_referral_id::text AS row_key, min(p.pers_legacy_id) AS legacy_ref
FROM csc.ssd_s47_enquiry s JOIN csc.ssd_person p ON p.pers_person_id = s.s47e_person_id
WHERE s.s47e_s47_end_date IS NULL
GROUP BY s.s47e_referral_id
HAVING count(*) > 1
ORDER BY s.s47e_referral_id
