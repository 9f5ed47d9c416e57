-- fails: annex-a-list-5, census-8839
-- An ended Section 47 enquiry moved, open, to a referral that already has an open one (starting no earlier than that
-- referral): the referral holds two open enquiries in the target only.
-- pick: the enquiry, its referral, start and end, the other referral; plant: moved and opened; undo: all back.
SELECT s.s47e_s47_enquiry_id AS id, s.s47e_referral_id AS ref, s.s47e_s47_start_date AS started, s.s47e_s47_end_date AS ended,
       (SELECT o.s47e_referral_id FROM csc.ssd_s47_enquiry o
        WHERE o.s47e_s47_end_date IS NULL AND o.s47e_referral_id <> s.s47e_referral_id ORDER BY o.s47e_referral_id LIMIT 1) AS other
FROM csc.ssd_s47_enquiry s
WHERE s.s47e_s47_end_date IS NOT NULL AND s.s47e_s47_start_date IS NOT NULL
  AND EXISTS (SELECT 1 FROM csc.ssd_s47_enquiry o WHERE o.s47e_s47_end_date IS NULL AND o.s47e_referral_id <> s.s47e_referral_id)
ORDER BY s.s47e_s47_enquiry_id LIMIT 1;
UPDATE csc.ssd_s47_enquiry SET s47e_referral_id = :other, s47e_s47_end_date = NULL,
       s47e_s47_start_date = greatest(s47e_s47_start_date, (SELECT e.cine_referral_date FROM csc.ssd_cin_episodes e WHERE e.cine_referral_id = :other))
WHERE s47e_s47_enquiry_id = :id;
UPDATE csc.ssd_s47_enquiry SET s47e_referral_id = :ref, s47e_s47_end_date = :ended, s47e_s47_start_date = :started WHERE s47e_s47_enquiry_id = :id;
