-- fails: orphans-s47-referral
-- An S47 enquiry naming a referral that is not in the target (no other check reads the link).
-- pick: the row, its link and a parent key that does not exist; plant: the dangling link; undo: the link back.
SELECT t.s47e_s47_enquiry_id AS id, t.s47e_referral_id AS parent, (SELECT max(p.cine_referral_id) + 1000000 FROM csc.ssd_cin_episodes p) AS missing
FROM csc.ssd_s47_enquiry t WHERE t.s47e_referral_id IS NOT NULL ORDER BY t.s47e_s47_enquiry_id LIMIT 1;
UPDATE csc.ssd_s47_enquiry SET s47e_referral_id = :missing WHERE s47e_s47_enquiry_id = :id;
UPDATE csc.ssd_s47_enquiry SET s47e_referral_id = :parent WHERE s47e_s47_enquiry_id = :id;
