-- fails: census-1104, census-2885, census-8615
-- (The earlier conference is also before its Section 47 started, 8615, and no longer on its plan's start day, 2885.)
-- An old initial conference (before Annex A's window) made to be held the day before its referral, a weekday, in the
-- target only.
-- pick: the conference and its date; plant: the date before the referral; undo: the date back.
SELECT i.icpc_icpc_id AS id, i.icpc_icpc_date AS held FROM csc.ssd_initial_cp_conference i
JOIN csc.ssd_cin_episodes e ON e.cine_referral_id = i.icpc_referral_id
WHERE e.cine_referral_date < DATE '2018-06-01' AND i.icpc_icpc_date >= e.cine_referral_date
  AND EXTRACT(ISODOW FROM e.cine_referral_date - 1) < 6
ORDER BY i.icpc_icpc_id LIMIT 1;
UPDATE csc.ssd_initial_cp_conference i SET icpc_icpc_date = (SELECT e.cine_referral_date - 1 FROM csc.ssd_cin_episodes e WHERE e.cine_referral_id = i.icpc_referral_id) WHERE i.icpc_icpc_id = :id;
UPDATE csc.ssd_initial_cp_conference SET icpc_icpc_date = :held WHERE icpc_icpc_id = :id;
