-- fails: census-8615
-- An old initial conference with no CP plan, held in the target on the weekday before its Section 47 enquiry started
-- (and on or after its referral).
-- pick: the conference and its date; plant: the day before the enquiry; undo: the date back.
SELECT i.icpc_icpc_id AS id, i.icpc_icpc_date AS held FROM csc.ssd_initial_cp_conference i
JOIN csc.ssd_s47_enquiry s ON s.s47e_s47_enquiry_id = i.icpc_s47_enquiry_id
JOIN csc.ssd_cin_episodes e ON e.cine_referral_id = i.icpc_referral_id
WHERE i.icpc_icpc_date < DATE '2018-06-01' AND extract(isodow FROM s.s47e_s47_start_date - 1) < 6
  AND s.s47e_s47_start_date - 1 >= e.cine_referral_date
  AND NOT EXISTS (SELECT 1 FROM csc.ssd_cp_plans c WHERE c.cppl_icpc_id = i.icpc_icpc_id)
ORDER BY i.icpc_icpc_id LIMIT 1;
UPDATE csc.ssd_initial_cp_conference SET icpc_icpc_date = (SELECT s.s47e_s47_start_date - 1 FROM csc.ssd_s47_enquiry s WHERE s.s47e_s47_enquiry_id = icpc_s47_enquiry_id) WHERE icpc_icpc_id = :id;
UPDATE csc.ssd_initial_cp_conference SET icpc_icpc_date = :held WHERE icpc_icpc_id = :id;
