-- fails: census-2889
-- A Section 47 enquiry made to start the day before its referral, in the target only.
-- pick: the enquiry and its start; plant: the start before the referral; undo: the start back.
SELECT s.s47e_s47_enquiry_id AS id, s.s47e_s47_start_date AS started FROM csc.ssd_s47_enquiry s
JOIN csc.ssd_cin_episodes e ON e.cine_referral_id = s.s47e_referral_id
WHERE e.cine_referral_date IS NOT NULL AND s.s47e_s47_start_date >= e.cine_referral_date
ORDER BY s.s47e_s47_enquiry_id LIMIT 1;
UPDATE csc.ssd_s47_enquiry s SET s47e_s47_start_date = (SELECT e.cine_referral_date - 1 FROM csc.ssd_cin_episodes e WHERE e.cine_referral_id = s.s47e_referral_id) WHERE s.s47e_s47_enquiry_id = :id;
UPDATE csc.ssd_s47_enquiry SET s47e_s47_start_date = :started WHERE s47e_s47_enquiry_id = :id;
