-- CIN episodes closed as RC8 (closed after assessment, no further action) that hold a Section 47 enquiry (and so any
-- initial conference), a CIN plan or a CP plan (census 2990).
SELECT e.cine_referral_id::text AS row_key, p.pers_legacy_id AS legacy_ref
FROM csc.ssd_cin_episodes e JOIN csc.ssd_person p ON p.pers_person_id = e.cine_person_id
WHERE e.cine_close_reason = 'RC8'
  AND (EXISTS (SELECT 1 FROM csc.ssd_s47_enquiry s WHERE s.s47e_referral_id = e.cine_referral_id)
       OR EXISTS (SELECT 1 FROM csc.ssd_cin_plans i WHERE i.cinp_referral_id = e.cine_referral_id)
       OR EXISTS (SELECT 1 FROM csc.ssd_cp_plans c WHERE c.cppl_referral_id = e.cine_referral_id))
ORDER BY e.cine_referral_id
